#pragma once
// RecentFiles: the most recently opened job files, kept in QSettings, as a menu.

#include <QObject>
#include <QStringList>

class QMenu;

namespace sw::ui {

class RecentFiles : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaximum = 10;

    explicit RecentFiles(QMenu* menu, QObject* parent = nullptr);

    QStringList files() const;
    void add(const QString& path);  // moves it to the top
    void remove(const QString& path);

signals:
    void fileChosen(const QString& path);

private:
    void store(const QStringList& files);
    void rebuildMenu();

    QMenu* m_menu;
};

}  // namespace sw::ui
