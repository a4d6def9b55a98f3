#include "run/run_profile_editor_dialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sw::ui {

RunProfileEditorDialog::RunProfileEditorDialog(runtime::RunProfileStore store, QWidget* parent)
    : QDialog(parent), m_store(std::move(store)), m_list(new QListWidget), m_add(new QPushButton(tr("&Add"))),
      m_remove(new QPushButton(tr("&Remove"))), m_save(nullptr), m_name(new QLineEdit), m_host(new QLineEdit),
      m_port(new QSpinBox), m_user(new QLineEdit), m_agent(new QRadioButton(tr("SSH a&gent"))),
      m_keyFileAuth(new QRadioButton(tr("Private &key file:"))), m_keyFile(new QLineEdit), m_knownHosts(new QLineEdit),
      m_endpoints(new QPlainTextEdit), m_error(new QLabel), m_form(new QWidget) {
    setWindowTitle(tr("Run Profiles"));
    m_port->setRange(1, 65535);
    m_port->setValue(22);
    m_host->setPlaceholderText(tr("the ECS instance you can reach, e.g. 47.96.1.2"));
    m_user->setPlaceholderText(tr("e.g. ecs-user"));
    m_knownHosts->setPlaceholderText(QDir::homePath() + QStringLiteral("/.ssh/known_hosts"));
    m_endpoints->setPlaceholderText(tr("alikafka-post-cn-xxx-1-vpc.alikafka.aliyuncs.com:9092 = 192.168.0.10:9092\n"
                                       "(one per line; endpoints not listed are reached at the same host:port)"));
    m_endpoints->setTabChangesFocus(true);
    m_error->setObjectName(QStringLiteral("profileError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));

    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyFile, 1);
    keyRow->addWidget(browseButton(m_keyFile, tr("Private key file")));
    auto* knownRow = new QHBoxLayout;
    knownRow->addWidget(m_knownHosts, 1);
    knownRow->addWidget(browseButton(m_knownHosts, tr("Known-hosts file")));
    auto* form = new QFormLayout(m_form);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Jump host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Log in with:"), m_agent);
    form->addRow(m_keyFileAuth, keyRow);
    form->addRow(tr("Known hosts:"), knownRow);
    form->addRow(tr("&Endpoint map:"), m_endpoints);
    connect(m_keyFileAuth, &QRadioButton::toggled, m_keyFile, &QWidget::setEnabled);
    m_agent->setChecked(true);
    m_keyFile->setEnabled(false);
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (QListWidgetItem* item = m_list->item(m_row)) item->setText(text);
    });

    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addWidget(m_form, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_save = buttons->button(QDialogButtonBox::Save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("A run, Test connection and Infer schema can reach the job's endpoints through an "
                                    "SSH jump host; the exported SQL stays as the job is written.")));
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, &RunProfileEditorDialog::addProfile);
    connect(m_remove, &QPushButton::clicked, this, &RunProfileEditorDialog::removeProfile);
    connect(m_list, &QListWidget::currentRowChanged, this, &RunProfileEditorDialog::select);
    connect(buttons, &QDialogButtonBox::accepted, this, &RunProfileEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (auto loaded = m_store.load()) {
        m_profiles = *loaded;
    } else {
        // Saving would replace the user's file with what this dialog could read of it: nothing.
        m_error->setText(tr("%1\nFix the file by hand; saving is off.").arg(QString::fromStdString(loaded.error().toString())));
        m_save->setEnabled(false);
    }
    for (const runtime::RunProfile& profile : m_profiles) m_list->addItem(QString::fromStdString(profile.name));
    m_form->setEnabled(!m_profiles.empty());
    m_remove->setEnabled(!m_profiles.empty());
    if (!m_profiles.empty()) m_list->setCurrentRow(0);
}

QPushButton* RunProfileEditorDialog::browseButton(QLineEdit* edit, const QString& title) {
    auto* button = new QPushButton(tr("Browse…"));
    connect(button, &QPushButton::clicked, this, [this, edit, title] {
        const QString start = edit->text().isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh") : edit->text();
        const QString file = QFileDialog::getOpenFileName(this, title, start);
        if (!file.isEmpty()) edit->setText(file);
    });
    return button;
}

void RunProfileEditorDialog::addProfile() {
    if (m_row >= 0) {
        if (const QString problem = takeForm(); !problem.isEmpty()) {
            m_error->setText(problem);
            return;
        }
    }
    runtime::RunProfile profile;
    profile.throughJumpHost = true;
    profile.name = tr("profile %1").arg(m_profiles.size() + 1).toStdString();
    profile.knownHostsFile = (QDir::homePath() + QStringLiteral("/.ssh/known_hosts")).toStdString();
    m_profiles.push_back(profile);
    m_row = -1;  // the new row's form is shown, not taken back into the previous one
    m_list->addItem(QString::fromStdString(profile.name));
    m_list->setCurrentRow(m_list->count() - 1);
    m_form->setEnabled(true);
    m_remove->setEnabled(true);
    m_name->setFocus();
    m_name->selectAll();
}

void RunProfileEditorDialog::removeProfile() {
    const int row = m_row;
    if (row < 0) return;
    m_row = -1;
    m_profiles.erase(m_profiles.begin() + row);
    delete m_list->takeItem(row);
    m_form->setEnabled(!m_profiles.empty());
    m_remove->setEnabled(!m_profiles.empty());
    m_error->clear();
}

void RunProfileEditorDialog::select(int row) {
    if (m_row >= 0 && m_row != row) {
        if (const QString problem = takeForm(); !problem.isEmpty()) m_error->setText(problem);
    }
    m_row = row;
    if (row >= 0 && row < int(m_profiles.size())) showForm(m_profiles[row]);
}

void RunProfileEditorDialog::showForm(const runtime::RunProfile& profile) {
    m_name->setText(QString::fromStdString(profile.name));
    m_host->setText(QString::fromStdString(profile.host));
    m_port->setValue(profile.port);
    m_user->setText(QString::fromStdString(profile.user));
    (profile.auth == runtime::JumpHostAuth::Agent ? m_agent : m_keyFileAuth)->setChecked(true);
    m_keyFile->setText(QString::fromStdString(profile.keyFile));
    m_knownHosts->setText(QString::fromStdString(profile.knownHostsFile));
    QStringList lines;
    for (const runtime::EndpointMapping& mapping : profile.endpoints)
        lines << QString::fromStdString(mapping.job.toString() + " = " + mapping.jumpHostSees.toString());
    m_endpoints->setPlainText(lines.join('\n'));
}

QString RunProfileEditorDialog::takeForm() {
    runtime::RunProfile& profile = m_profiles[m_row];
    profile.name = m_name->text().trimmed().toStdString();
    profile.host = m_host->text().trimmed().toStdString();
    profile.port = m_port->value();
    profile.user = m_user->text().trimmed().toStdString();
    profile.auth = m_agent->isChecked() ? runtime::JumpHostAuth::Agent : runtime::JumpHostAuth::KeyFile;
    profile.keyFile = profile.auth == runtime::JumpHostAuth::KeyFile ? m_keyFile->text().trimmed().toStdString() : "";
    profile.knownHostsFile = m_knownHosts->text().trimmed().toStdString();
    profile.endpoints.clear();
    const QString where = tr("Profile '%1': ").arg(QString::fromStdString(profile.name));
    const QStringList lines = m_endpoints->toPlainText().split('\n', Qt::SkipEmptyParts);
    for (int i = 0; i < lines.size(); ++i) {
        const QStringList sides = lines[i].split('=');
        if (sides.size() != 2)
            return where + tr("endpoint map line %1 is not \"job host:port = jump host's host:port\"").arg(i + 1);
        auto job = runtime::HostPort::parse(sides[0].trimmed().toStdString());
        auto sees = runtime::HostPort::parse(sides[1].trimmed().toStdString());
        if (!job || !sees)
            return where + tr("endpoint map line %1: %2")
                               .arg(i + 1)
                               .arg(QString::fromStdString((job ? sees : job).error().message));
        profile.endpoints.push_back({*job, *sees});
    }
    if (profile.name.empty() || profile.name == runtime::kAsWrittenProfile)
        return where + tr("give the profile a name other than \"as written\"");
    if (profile.host.empty()) return where + tr("the jump host is missing");
    if (profile.user.empty()) return where + tr("the user is missing");
    if (profile.auth == runtime::JumpHostAuth::KeyFile && profile.keyFile.empty())
        return where + tr("choose the private key file, or log in with the SSH agent");
    if (profile.knownHostsFile.empty())
        return where + tr("a known-hosts file is needed: the jump host's key is verified against it");
    return {};
}

void RunProfileEditorDialog::save() {
    if (m_row >= 0) {
        if (const QString problem = takeForm(); !problem.isEmpty()) {
            m_error->setText(problem);
            return;
        }
    }
    for (std::size_t i = 0; i < m_profiles.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (m_profiles[i].name == m_profiles[j].name) {
                m_error->setText(tr("Two profiles are called '%1'.").arg(QString::fromStdString(m_profiles[i].name)));
                return;
            }
    if (auto saved = m_store.save(m_profiles); !saved) {
        m_error->setText(QString::fromStdString(saved.error().toString()));
        return;
    }
    accept();
}

}  // namespace sw::ui
