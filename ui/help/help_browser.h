#pragma once
// HelpBrowser: the user documentation (docs/*.md, built into the program) in a window of its
// own, with its topics listed beside the page, so help works offline and matches this build.

#include <QString>
#include <QWidget>
#include <vector>

class QListWidget;
class QTextBrowser;
class QUrl;

namespace sw::ui {

class HelpBrowser : public QWidget {
    Q_OBJECT
public:
    // A page of the user documentation and the title the Help menu gives it.
    struct Topic {
        const char* file;   // under docs/
        const char* title;  // translatable, in the "HelpBrowser" context
    };
    static const std::vector<Topic>& topics();

    explicit HelpBrowser(QWidget* parent = nullptr);

    // Shows `file` (a page under docs/, e.g. "functions.md").
    void showTopic(const QString& file);
    QString currentTopic() const;
    QTextBrowser* page() const { return m_page; }

private:
    static QString topicOf(const QUrl& source);  // "" for a page that is not one of ours
    void selectListedTopic(const QString& file);

    QListWidget* m_topics;
    QTextBrowser* m_page;
};

}  // namespace sw::ui
