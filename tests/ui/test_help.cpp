// The Help window: every listed page is built in and renders, its links and images resolve, and
// the Help menu and F1 open it on the right page.

#include <QFile>
#include <QListWidget>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QtTest>

#include "help/help_browser.h"
#include "mainwindow/main_window.h"

using namespace sw::ui;

namespace {

QString builtInPage(const QString& file) {
    QFile page(QStringLiteral(":/docs/") + file);
    return page.open(QIODevice::ReadOnly) ? QString::fromUtf8(page.readAll()) : QString();
}

QAction* helpMenuAction(MainWindow& window, const QString& text) {
    for (QAction* menu : window.menuBar()->actions())
        if (menu->text() == QObject::tr("&Help"))
            for (QAction* action : menu->menu()->actions())
                if (action->text() == text) return action;
    return nullptr;
}

}  // namespace

class TestHelp : public QObject {
    Q_OBJECT

private slots:
    void everyTopicIsBuiltInAndShowsItsPage() {
        HelpBrowser browser;
        for (const HelpBrowser::Topic& topic : HelpBrowser::topics()) {
            const QString file = QString::fromLatin1(topic.file);
            const QString markdown = builtInPage(file);
            QVERIFY2(!markdown.isEmpty(), qPrintable(file));
            // The page is the file in docs/ as it is in this source tree.
            QFile source(QStringLiteral(SW_SOURCE_DIR "/docs/") + file);
            QVERIFY(source.open(QIODevice::ReadOnly));
            QCOMPARE(markdown, QString::fromUtf8(source.readAll()));

            browser.showTopic(file);
            QCOMPARE(browser.currentTopic(), file);
            // The rendered page starts with the heading, as text (no '#', no code quotes).
            QString heading = markdown.section(QLatin1Char('\n'), 0, 0);
            heading.remove(QRegularExpression(QStringLiteral("^#+\\s*"))).remove(QLatin1Char('`'));
            QVERIFY2(browser.page()->toPlainText().startsWith(heading), qPrintable(file));
        }
    }

    void linksAndImagesOfThePagesResolve() {
        // Every relative link to another page or an image must be built in, or it leads nowhere.
        const QRegularExpression link(QStringLiteral(R"(\]\(((?!https?:)[^)#\s]+\.(?:md|png))(?:#[^)]*)?\))"));
        int checked = 0;
        for (const HelpBrowser::Topic& topic : HelpBrowser::topics()) {
            const QString markdown = builtInPage(QString::fromLatin1(topic.file));
            for (const QRegularExpressionMatch& match : link.globalMatch(markdown)) {
                const QString target = match.captured(1);
                if (target.startsWith(QLatin1String("../"))) continue;  // source files outside docs/
                QVERIFY2(QFile::exists(QStringLiteral(":/docs/") + target), qPrintable(QStringLiteral("%1 -> %2").arg(topic.file, target)));
                ++checked;
            }
        }
        QVERIFY(checked >= 3);

        HelpBrowser browser;
        browser.showTopic(QStringLiteral("run-panel.md"));
        const QVariant image = browser.page()->document()->resource(QTextDocument::ImageResource,
                                                                    QUrl(QStringLiteral("images/run-health.png")));
        QVERIFY2(!image.value<QImage>().isNull() || !image.toByteArray().isEmpty(), "the run panel's screenshot loads");
    }

    void helpMenuAndF1OpenThePage() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction* functions = helpMenuAction(window, HelpBrowser::tr("Built-in functions"));
        QVERIFY(functions);
        functions->trigger();
        HelpBrowser* browser = window.helpBrowser();
        QVERIFY(browser && browser->isVisible());
        QCOMPARE(browser->currentTopic(), QStringLiteral("functions.md"));

        // Following a link inside a page (the only one in infer-schema.md, reached with Tab and
        // taken with Enter) shows that page and moves the list's selection with it.
        browser->showTopic(QStringLiteral("infer-schema.md"));
        browser->page()->setFocus();
        QTest::keyClick(browser->page(), Qt::Key_Tab);
        QTest::keyClick(browser->page(), Qt::Key_Return);
        QCOMPARE(browser->currentTopic(), QStringLiteral("test-connection.md"));
        auto* list = browser->findChild<QListWidget*>(QStringLiteral("helpTopics"));
        QVERIFY(list && list->currentItem());
        QCOMPARE(list->currentItem()->text(), HelpBrowser::tr("Test connection"));

        browser->hide();
        QTest::keyClick(&window, Qt::Key_F1);
        QVERIFY2(browser->isVisible(), "F1 opens Help where it was left");
        QCOMPARE(browser->currentTopic(), QStringLiteral("test-connection.md"));
        // Choosing a topic in the list shows it.
        list->setCurrentRow(0);
        QCOMPARE(browser->currentTopic(), QString::fromLatin1(HelpBrowser::topics().front().file));
    }
};

QTEST_MAIN(TestHelp)
#include "test_help.moc"
