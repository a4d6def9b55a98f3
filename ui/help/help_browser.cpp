#include "help/help_browser.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTextBrowser>
#include <QUrl>

namespace sw::ui {

namespace {

// The pages are built into the program under this folder (ui/CMakeLists.txt).
const QString kPagesRoot = QStringLiteral("qrc:/docs/");

}  // namespace

const std::vector<HelpBrowser::Topic>& HelpBrowser::topics() {
    // The pages a user of the designer reads, in the order a new user needs them; the
    // developer pages (architecture, benchmarks) stay in the source tree. The context is the one
    // HelpBrowser::tr() looks the titles up in: the class name with its namespace.
    static const std::vector<Topic> list{
        {"run-panel.md", QT_TRANSLATE_NOOP("sw::ui::HelpBrowser", "Running a job")},
        {"test-connection.md", QT_TRANSLATE_NOOP("sw::ui::HelpBrowser", "Test connection")},
        {"infer-schema.md", QT_TRANSLATE_NOOP("sw::ui::HelpBrowser", "Infer schema")},
        {"run-against-your-vpc.md", QT_TRANSLATE_NOOP("sw::ui::HelpBrowser", "Running against your VPC")},
        {"connectors.md", QT_TRANSLATE_NOOP("sw::ui::HelpBrowser", "Connectors and their options")},
        {"functions.md", QT_TRANSLATE_NOOP("sw::ui::HelpBrowser", "Built-in functions")},
        {"expression-semantics.md", QT_TRANSLATE_NOOP("sw::ui::HelpBrowser", "Expressions: Flink and the local run")},
        {"validation.md", QT_TRANSLATE_NOOP("sw::ui::HelpBrowser", "Validation rules")},
        {"sql-export.md", QT_TRANSLATE_NOOP("sw::ui::HelpBrowser", "SQL export")},
        {"job-format.md", QT_TRANSLATE_NOOP("sw::ui::HelpBrowser", "Job file format")},
        {"runtime.md", QT_TRANSLATE_NOOP("sw::ui::HelpBrowser", "Local runtime")},
        {"sql-grammar.md", QT_TRANSLATE_NOOP("sw::ui::HelpBrowser", "Flink SQL grammar check")},
        {"i18n.md", QT_TRANSLATE_NOOP("sw::ui::HelpBrowser", "Languages")},
    };
    return list;
}

HelpBrowser::HelpBrowser(QWidget* parent) : QWidget(parent, Qt::Window), m_topics(new QListWidget), m_page(new QTextBrowser) {
    setObjectName(QStringLiteral("helpBrowser"));
    setWindowTitle(tr("Streamwright Help"));
    m_topics->setObjectName(QStringLiteral("helpTopics"));
    for (const Topic& topic : topics()) {
        auto* item = new QListWidgetItem(tr(topic.title), m_topics);
        item->setData(Qt::UserRole, QString::fromLatin1(topic.file));
    }
    m_page->setObjectName(QStringLiteral("helpPage"));
    m_page->setOpenExternalLinks(true);  // web links go to the browser; pages open here
    auto* splitter = new QSplitter;
    splitter->addWidget(m_topics);
    splitter->addWidget(m_page);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 780});
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    resize(1000, 700);

    connect(m_topics, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item && item->data(Qt::UserRole).toString() != currentTopic()) showTopic(item->data(Qt::UserRole).toString());
    });
    // A link followed inside the pages moves the selection in the list with it. (The signal can
    // come before source() has the new page, so the page is taken from its argument.)
    connect(m_page, &QTextBrowser::sourceChanged, this, [this](const QUrl& source) { selectListedTopic(topicOf(source)); });
}

void HelpBrowser::showTopic(const QString& file) { m_page->setSource(QUrl(kPagesRoot + file)); }

QString HelpBrowser::currentTopic() const { return topicOf(m_page->source()); }

QString HelpBrowser::topicOf(const QUrl& source) {
    const QString page = source.toString(QUrl::RemoveFragment);
    return page.startsWith(kPagesRoot) ? page.mid(kPagesRoot.size()) : QString();
}

void HelpBrowser::selectListedTopic(const QString& file) {
    // The page is already shown: the list only follows it.
    const QSignalBlocker quiet(m_topics);
    for (int row = 0; row < m_topics->count(); ++row)
        if (m_topics->item(row)->data(Qt::UserRole).toString() == file) {
            m_topics->setCurrentRow(row);
            return;
        }
    m_topics->clearSelection();
}

}  // namespace sw::ui
