#include "mainwindow/app_theme.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace sw::ui {

namespace {

const QString kKey = QStringLiteral("theme");

QPalette darkPalette() {
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xdf, 0xe1, 0xe5);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x86, 0x8a, 0x91));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x58, 0x9d, 0xf6));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::Dark, QColor(0x19, 0x1a, 0x1c));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x6f, 0x73, 0x7a));
    return p;
}

}  // namespace

Theme AppTheme::stored() {
    const QString value = QSettings().value(kKey, QStringLiteral("system")).toString();
    if (value == QLatin1String("light")) return Theme::Light;
    if (value == QLatin1String("dark")) return Theme::Dark;
    return Theme::System;
}

void AppTheme::apply(Theme theme) {
    // What the platform gave us, captured before the first change, is what "System" returns to.
    static const QString systemStyle = QApplication::style()->name();
    static const QPalette systemPalette = QApplication::palette();

    QSettings().setValue(kKey, theme == Theme::Light ? "light" : theme == Theme::Dark ? "dark" : "system");
    if (theme == Theme::System) {
        QApplication::setStyle(QStyleFactory::create(systemStyle));
        QApplication::setPalette(systemPalette);
        return;
    }
    // Fusion draws every palette faithfully; a platform style may ignore a dark palette.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(theme == Theme::Dark ? darkPalette() : QApplication::style()->standardPalette());
}

QString AppTheme::name(Theme theme) {
    switch (theme) {
    case Theme::System: return QObject::tr("System");
    case Theme::Light: return QObject::tr("Light");
    case Theme::Dark: return QObject::tr("Dark");
    }
    return {};
}

}  // namespace sw::ui
