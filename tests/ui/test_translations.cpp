// The designer in Simplified Chinese: the window under zh_CN shows translated menus, option labels
// and dialog buttons; every text core's kind descriptors give the UI has a finished translation;
// the system locale (LANG) picks the language of the real binary, and LANG=C keeps English.
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QStandardPaths>
#include <QXmlStreamReader>
#include <QtTest>

#include "document/job_document.h"
#include "i18n/core_text.h"
#include "i18n/translations.h"
#include "kinds/catalog.h"
#include "mainwindow/main_window.h"
#include "properties/job_settings_dialog.h"
#include "properties/option_form.h"
#include "properties/property_panel.h"

using namespace sw::ui;

namespace {

const QString kTsFile = QStringLiteral(SW_SOURCE_DIR "/translations/streamwright_zh_CN.ts");
const QString kCoreTextList = QStringLiteral(SW_SOURCE_DIR "/translations/core_texts.cpp");

// One <message> of a .ts file: its context, source text and whether its translation is finished.
struct TsMessage {
    QString context;
    QString source;
    QString translation;
    bool finished = false;
};

QList<TsMessage> readTs(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    QList<TsMessage> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (xml.readNextStartElement() || !xml.atEnd()) {
        if (!xml.isStartElement()) continue;
        if (xml.name() == QLatin1String("name")) context = xml.readElementText();
        if (xml.name() != QLatin1String("message")) continue;
        TsMessage message{context, {}, {}, false};
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                message.finished = !xml.attributes().hasAttribute(QLatin1String("type"));
                message.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else {
                xml.skipCurrentElement();
            }
        }
        messages.push_back(message);
    }
    return messages;
}

// Every text the UI shows from a kind descriptor: what ui/i18n/core_text.h is asked to translate.
QStringList coreTexts() {
    QStringList texts;
    auto add = [&](const std::string& text) {
        if (!text.empty() && !texts.contains(QString::fromStdString(text))) texts << QString::fromStdString(text);
    };
    for (const sw::kinds::NodeKind& kind : sw::kinds::Catalog::instance().kinds()) {
        add(kind.label);
        add(kind.help);
        for (const sw::kinds::PortDescriptor& port : kind.ports) add(port.label);
        for (const sw::kinds::OptionDescriptor& option : kind.options) {
            add(option.label);
            add(option.group);
            add(option.help);
        }
    }
    return texts;
}

QString translateNoopLine(const QString& text) {
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QStringLiteral("QT_TRANSLATE_NOOP(\"%1\", \"%2\")").arg(QLatin1String(kCoreTextContext), escaped);
}

QMenu* menuTitled(QMenuBar* bar, const QString& title) {
    for (QAction* action : bar->actions()) {
        if (action->menu() && action->text() == title) return action->menu();
    }
    return nullptr;
}

}  // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StreamwrightTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_translations"));
        // English locales find no translation (there is no streamwright_en.qm, no streamwright.qm).
        QVERIFY(!installTranslations(*qApp, QLocale::c()));
        QVERIFY(!installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
        // As the app does with QLocale::system() under LANG=zh_CN.UTF-8.
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        QVERIFY(installTranslations(*qApp, QLocale()));
    }

    void menusAreChinese() {
        MainWindow window;
        window.show();
        // Qt's own convention for Chinese mnemonics: the accelerator letter in brackets.
        for (const char* title : {"文件(&F)", "编辑(&E)", "视图(&V)", "帮助(&H)"}) {
            QVERIFY2(menuTitled(window.menuBar(), QString::fromUtf8(title)), title);
        }
        QVERIFY(!menuTitled(window.menuBar(), QStringLiteral("&File")));
        // The help topics' titles are marked in the context HelpBrowser::tr() reads them from.
        QMenu* help = menuTitled(window.menuBar(), QString::fromUtf8("帮助(&H)"));
        QVERIFY(help);
        QStringList topics;
        for (QAction* action : help->actions()) topics << action->text();
        QVERIFY2(topics.contains(QString::fromUtf8("内置函数")), qPrintable(topics.join(QLatin1String(", "))));
    }

    // The console's own terms (Alibaba Cloud's Kafka connector page, docs/i18n.md): Kafka Broker地址
    // for properties.bootstrap.servers, 消费组ID for properties.group.id.
    void propertyPanelUsesConsoleTerms() {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(QStringLiteral(SW_SOURCE_DIR "/resources/examples/orders-enrichment.json")));
        window.document()->setSelectedNodeIds({QStringLiteral("orders")});
        OptionForm* form = window.propertyPanel()->optionForm();
        QVERIFY(form);
        QLabel* servers = form->label(QStringLiteral("bootstrap.servers"));
        QVERIFY(servers);
        QCOMPARE(servers->text(), QString::fromUtf8("Kafka Broker地址 *"));  // * marks a required option
        QLabel* group = form->label(QStringLiteral("group.id"));
        QVERIFY(group);
        QCOMPARE(group->text(), QString::fromUtf8("消费组ID"));
    }

    void dialogButtonsAreChinese() {
        MainWindow window;
        JobSettingsDialog dialog(window.document(), &window);
        dialog.show();
        auto* buttons = dialog.findChild<QDialogButtonBox*>();
        QVERIFY(buttons);
        QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
        QVERIFY(ok);
        // From Qt's qtbase_zh_CN.qm (Debian's qt6-translations-l10n), loaded next to ours.
        QCOMPARE(ok->text(), QString::fromUtf8("确定"));
        QCOMPARE(dialog.windowTitle(), QString::fromUtf8("作业设置"));
    }

    // New options cannot stay English by accident: each text a kind gives the UI is listed for
    // lupdate and has a finished translation in the shipped .ts.
    void everyCoreTextIsTranslated() {
        QFile list(kCoreTextList);
        QVERIFY(list.open(QIODevice::ReadOnly));
        const QString listed = QString::fromUtf8(list.readAll());
        QHash<QString, TsMessage> translated;
        for (const TsMessage& message : readTs(kTsFile)) {
            if (message.context == QLatin1String(kCoreTextContext)) translated.insert(message.source, message);
        }
        QStringList missing;
        for (const QString& text : coreTexts()) {
            const TsMessage message = translated.value(text);
            if (!listed.contains(translateNoopLine(text)) || !message.finished || message.translation.isEmpty()) {
                missing << translateNoopLine(text);
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("add to translations/core_texts.cpp, run the target "
                                                              "update_translations and translate:\n") +
                                               missing.join(QLatin1Char('\n'))));
    }

    void noShippedTextIsUnfinished() {
        const QList<TsMessage> messages = readTs(kTsFile);
        QVERIFY(messages.size() > 500);
        QStringList unfinished;
        for (const TsMessage& message : messages) {
            if (!message.finished || message.translation.isEmpty()) unfinished << message.context + QStringLiteral(": ") + message.source;
        }
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QLatin1Char('\n'))));
    }

    // The real binary: LANG decides, LANGUAGE too; LANG=C stays English.
    void systemLocaleChoosesTheLanguage_data() {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("LANG=zh_CN.UTF-8") << "zh_CN.UTF-8" << "" << QString::fromUtf8("Flink SQL 流作业设计器");
        QTest::newRow("LANG=C") << "C" << "" << "Designer for Flink SQL streaming jobs";
        QTest::newRow("LANG=en_US.UTF-8") << "en_US.UTF-8" << "" << "Designer for Flink SQL streaming jobs";
        QTest::newRow("LANGUAGE=en over LANG=zh_CN") << "zh_CN.UTF-8" << "en" << "Designer for Flink SQL streaming jobs";
        QTest::newRow("LANGUAGE=zh_CN over LANG=C") << "C.UTF-8" << "zh_CN" << QString::fromUtf8("Flink SQL 流作业设计器");
    }
    void systemLocaleChoosesTheLanguage() {
        QFETCH(QString, lang);
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QProcess gui;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("LC_ALL"));
        environment.remove(QStringLiteral("LC_MESSAGES"));
        environment.remove(QStringLiteral("LANGUAGE"));
        environment.insert(QStringLiteral("LANG"), lang);
        if (!language.isEmpty()) environment.insert(QStringLiteral("LANGUAGE"), language);
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        gui.setProcessEnvironment(environment);
        gui.start(QStringLiteral(SW_GUI_BINARY), {QStringLiteral("--help")});
        QVERIFY(gui.waitForFinished(30000));
        const QString help = QString::fromUtf8(gui.readAllStandardOutput());
        QVERIFY2(help.contains(expected), qPrintable(help));
    }
};

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
