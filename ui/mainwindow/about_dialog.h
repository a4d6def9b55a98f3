#pragma once
// About box with the versions of the libraries a bug report needs.

class QWidget;

namespace sw::ui {

void showAboutDialog(QWidget* parent);

}  // namespace sw::ui
