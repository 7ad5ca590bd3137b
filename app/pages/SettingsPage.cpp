#include "app/pages/SettingsPage.h"

#include "app/dialogs/PinDialog.h"
#include "app/kiosk/StaffPin.h"
#include "app/reminder/ReminderAutostart.h"
#include "app/widgets/ScaledFont.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStyle>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// A section's rows: a label column and a field column. (A grid rather than a QFormLayout, which
// gives wrapped notes the height of their narrowest width and leaves gaps under them.) Fields
// keep their natural width unless they fill the row: text, and notes that wrap to its width.
class SectionRows
{
public:
    explicit SectionRows(QGroupBox *group) : m_group(group), m_grid(new QGridLayout(group))
    {
        m_grid->setColumnStretch(1, 1);
    }

    void add(const QString &label, QWidget *field, bool fill = false)
    {
        addLabel(label, field);
        m_grid->addWidget(field, m_row++, 1, fill ? Qt::Alignment() : Qt::AlignLeft);
    }

    void add(const QString &label, QWidget *buddy, QLayout *field)
    {
        addLabel(label, buddy);
        m_grid->addLayout(field, m_row++, 1);
    }

    void addNote(const QString &text)
    {
        auto *note = new QLabel(text, m_group);
        note->setWordWrap(true);
        m_grid->addWidget(note, m_row++, 1);
    }

private:
    void addLabel(const QString &text, QWidget *buddy)
    {
        auto *label = new QLabel(text, m_group);
        label->setBuddy(buddy);
        const auto alignment = Qt::Alignment(
                m_group->style()->styleHint(QStyle::SH_FormLayoutLabelAlignment, nullptr, m_group));
        m_grid->addWidget(label, m_row, 0, alignment | Qt::AlignVCenter);
    }

    QGroupBox *m_group = nullptr;
    QGridLayout *m_grid = nullptr;
    int m_row = 0;
};

// The sections' fields start in one column, so the page reads as one form.
void alignLabelColumns(const QList<QGroupBox *> &groups)
{
    int widest = 0;
    for (QGroupBox *group : groups) {
        auto *grid = qobject_cast<QGridLayout *>(group->layout());
        for (int i = 0; grid && i < grid->count(); ++i) {
            int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
            grid->getItemPosition(i, &row, &column, &rowSpan, &columnSpan);
            if (column == 0 && grid->itemAt(i)->widget())
                widest = std::max(widest, grid->itemAt(i)->widget()->sizeHint().width());
        }
    }
    for (QGroupBox *group : groups) {
        if (auto *grid = qobject_cast<QGridLayout *>(group->layout()))
            grid->setColumnMinimumWidth(0, widest);
    }
}

// The locale's short time without seconds: a reminder is set to the minute.
QString minutesFormat(const QLocale &locale)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QRegularExpression(QStringLiteral("[^hHmaApP\\s]?s+")));
    return format;
}

} // namespace

SettingsPage::SettingsPage(AppSettings &settings, QWidget *parent)
    : QWidget(parent), m_settings(settings)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pageTitle(tr("Settings"), this));

    // The sections scroll on small screens and with large text; the way home stays in view.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    auto *sections = new QVBoxLayout(content);
    sections->setContentsMargins(0, 0, 0, 0);
    const QList<QGroupBox *> groups{ soundAndColours(), kiosk(), reminder() };
    for (QGroupBox *group : groups)
        sections->addWidget(group);
    alignLabelColumns(groups);
    sections->addStretch(1);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);

    auto *home = new QPushButton(tr("Back to home"), this);
    home->setAccessibleName(tr("Back to home"));
    layout->addWidget(home, 0, Qt::AlignRight);
    connect(home, &QPushButton::clicked, this, &SettingsPage::homeRequested);
}

QGroupBox *SettingsPage::soundAndColours()
{
    auto *group = new QGroupBox(tr("Sound and colours"), this);
    SectionRows rows(group);
    m_voice = new QComboBox(group);
    m_voice->addItem(tr("Recorded voice"), int(CuePlayer::Voice::RecordedClips));
    m_voice->addItem(tr("System text-to-speech"), int(CuePlayer::Voice::SystemSpeech));
    m_voice->addItem(tr("Off (captions only)"), int(CuePlayer::Voice::Off));
    if (!CuePlayer::isSystemSpeechAvailable()) {
        // Shown but not selectable, so people can see why it is missing.
        auto *model = qobject_cast<QStandardItemModel *>(m_voice->model());
        model->item(1)->setEnabled(false);
        m_voice->setItemText(1, tr("System text-to-speech (not available on this computer)"));
    }
    m_voice->setCurrentIndex(m_voice->findData(int(m_settings.voice())));
    m_voice->setAccessibleName(tr("Voice"));
    rows.add(tr("&Voice:"), m_voice);

    m_volume = new QSlider(Qt::Horizontal, group);
    m_volume->setRange(0, 100);
    m_volume->setValue(int(m_settings.volume() * 100));
    m_volume->setAccessibleName(tr("Volume"));
    // As wide as the choices above it.
    m_volume->setMinimumWidth(m_voice->sizeHint().width());
    rows.add(tr("Vol&ume:"), m_volume);

    m_tick = new QCheckBox(tr("Soft tick at each lift and lower"), group);
    m_tick->setChecked(m_settings.tempoTick());
    m_tick->setAccessibleName(tr("Tempo tick"));
    rows.add(tr("&Tempo:"), m_tick);

    m_palette = new QComboBox(group);
    m_palette->addItem(tr("Follow the system"), int(PaletteChoice::System));
    m_palette->addItem(tr("Light"), int(PaletteChoice::Light));
    m_palette->addItem(tr("Dark"), int(PaletteChoice::Dark));
    m_palette->addItem(tr("High contrast"), int(PaletteChoice::HighContrast));
    m_palette->setCurrentIndex(m_palette->findData(int(m_settings.palette())));
    m_palette->setAccessibleName(tr("Colours"));
    rows.add(tr("&Colours:"), m_palette);

    connect(m_voice, &QComboBox::currentIndexChanged, this, [this] {
        const auto voice = static_cast<CuePlayer::Voice>(m_voice->currentData().toInt());
        m_settings.setVoice(voice);
        emit voiceChanged(voice);
    });
    connect(m_volume, &QSlider::valueChanged, this, [this](int value) {
        m_settings.setVolume(value / 100.0);
        emit volumeChanged(value / 100.0);
    });
    connect(m_tick, &QCheckBox::toggled, this, [this](bool enabled) {
        m_settings.setTempoTick(enabled);
        emit tempoTickChanged(enabled);
    });
    connect(m_palette, &QComboBox::currentIndexChanged, this, [this] {
        const auto palette = static_cast<PaletteChoice>(m_palette->currentData().toInt());
        m_settings.setPalette(palette);
        emit paletteChanged(palette);
    });
    return group;
}

QGroupBox *SettingsPage::kiosk()
{
    auto *group = new QGroupBox(tr("Front-desk kiosk"), this);
    SectionRows rows(group);

    m_kioskMode = new QCheckBox(tr("Run as a front-desk kiosk"), group);
    m_kioskMode->setChecked(m_settings.kioskMode());
    m_kioskMode->setAccessibleName(tr("Kiosk mode"));
    rows.add(tr("&Kiosk:"), m_kioskMode);
    rows.addNote(tr("A full-screen demo loops by itself, with captions. Leaving it or changing "
                    "these settings needs the staff PIN."));

    m_clinicName = new QLineEdit(m_settings.clinicName(), group);
    m_clinicName->setPlaceholderText(tr("Shown on the demo screen"));
    m_clinicName->setAccessibleName(tr("Clinic name"));
    rows.add(tr("Clinic &name:"), m_clinicName, true);

    auto *logoRow = new QHBoxLayout;
    m_logoPath = new QLineEdit(QDir::toNativeSeparators(m_settings.logoPath()), group);
    m_logoPath->setPlaceholderText(tr("No logo"));
    m_logoPath->setAccessibleName(tr("Clinic logo file"));
    m_chooseLogo = new QPushButton(tr("C&hoose…"), group);
    m_chooseLogo->setAccessibleName(tr("Choose the clinic logo"));
    m_clearLogo = new QPushButton(tr("Remove"), group);
    m_clearLogo->setAccessibleName(tr("Remove the clinic logo"));
    logoRow->addWidget(m_logoPath, 1);
    logoRow->addWidget(m_chooseLogo);
    logoRow->addWidget(m_clearLogo);
    rows.add(tr("&Logo:"), m_logoPath, logoRow);

    m_demoReps = new QSpinBox(group);
    m_demoReps->setRange(AppSettings::fewestDemoReps, AppSettings::mostDemoReps);
    m_demoReps->setValue(m_settings.demoReps());
    m_demoReps->setAccessibleName(tr("Demo reps per movement"));
    rows.add(tr("De&mo reps per movement:"), m_demoReps);

    m_idleSeconds = new QSpinBox(group);
    m_idleSeconds->setRange(AppSettings::shortestIdleSeconds, AppSettings::longestIdleSeconds);
    m_idleSeconds->setSingleStep(15);
    m_idleSeconds->setSuffix(tr(" s", "seconds"));
    m_idleSeconds->setValue(m_settings.idleSeconds());
    m_idleSeconds->setAccessibleName(tr("Seconds without use before the demo returns"));
    rows.add(tr("Back to the demo when idle f&or:"), m_idleSeconds);

    m_kioskMuted = new QCheckBox(tr("Start muted (captions only)"), group);
    m_kioskMuted->setChecked(m_settings.kioskMuted());
    m_kioskMuted->setAccessibleName(tr("Kiosk starts muted"));
    rows.add(tr("&Sound:"), m_kioskMuted);

    m_staffPin = new QPushButton(group);
    showStaffPinState();
    rows.add(tr("Staff PIN:"), m_staffPin);

    connect(m_kioskMode, &QCheckBox::toggled, this, &SettingsPage::switchKioskMode);
    connect(m_clinicName, &QLineEdit::textChanged, this, [this](const QString &name) {
        m_settings.setClinicName(name.trimmed());
        emit kioskSettingsChanged();
    });
    connect(m_logoPath, &QLineEdit::textChanged, this, [this](const QString &path) {
        m_settings.setLogoPath(QDir::fromNativeSeparators(path.trimmed()));
        emit kioskSettingsChanged();
    });
    connect(m_chooseLogo, &QPushButton::clicked, this, &SettingsPage::chooseLogo);
    connect(m_clearLogo, &QPushButton::clicked, m_logoPath, &QLineEdit::clear);
    connect(m_demoReps, &QSpinBox::valueChanged, this, [this](int reps) {
        m_settings.setDemoReps(reps);
        emit kioskSettingsChanged();
    });
    connect(m_idleSeconds, &QSpinBox::valueChanged, this, [this](int seconds) {
        m_settings.setIdleSeconds(seconds);
        emit kioskSettingsChanged();
    });
    connect(m_kioskMuted, &QCheckBox::toggled, this, [this](bool muted) {
        m_settings.setKioskMuted(muted);
        emit kioskSettingsChanged();
    });
    connect(m_staffPin, &QPushButton::clicked, this, &SettingsPage::changeStaffPin);
    return group;
}

QGroupBox *SettingsPage::reminder()
{
    auto *group = new QGroupBox(tr("Daily reminder"), this);
    SectionRows rows(group);

    m_reminder = new QCheckBox(tr("Remind me to do my exercises"), group);
    m_reminder->setChecked(m_settings.reminderEnabled());
    m_reminder->setAccessibleName(tr("Daily reminder"));
    rows.add(tr("&Reminder:"), m_reminder);

    m_reminderTime = new QTimeEdit(m_settings.reminderTime(), group);
    m_reminderTime->setDisplayFormat(minutesFormat(QLocale()));
    m_reminderTime->setAccessibleName(tr("Reminder time"));
    rows.add(tr("T&ime:"), m_reminderTime);

    auto *days = new QHBoxLayout;
    const QList<int> chosen = m_settings.reminderWeekdays();
    const QLocale locale;
    // In the order of the user's week.
    for (int i = 0; i < 7; ++i) {
        const int iso = (int(locale.firstDayOfWeek()) - 1 + i) % 7 + 1;
        auto *day = new QCheckBox(locale.dayName(iso, QLocale::ShortFormat), group);
        day->setChecked(chosen.contains(iso));
        day->setAccessibleName(locale.dayName(iso, QLocale::LongFormat));
        m_weekdays.at(iso - 1) = day;
        days->addWidget(day);
        connect(day, &QCheckBox::toggled, this, &SettingsPage::saveWeekdays);
    }
    days->addStretch(1);
    rows.add(tr("&Days:"), m_weekdays.at(int(locale.firstDayOfWeek()) - 1), days);

    rows.addNote(ReminderAutostart::isSupported()
                         ? tr("While the reminder is on, GluteGuide starts in the background "
                              "when you log in, so it can remind you.")
                         : tr("The reminder appears while GluteGuide is running."));

    const auto showEnabled = [this](bool enabled) {
        m_reminderTime->setEnabled(enabled);
        for (QCheckBox *day : m_weekdays)
            day->setEnabled(enabled);
    };
    showEnabled(m_reminder->isChecked());
    connect(m_reminder, &QCheckBox::toggled, this, [this, showEnabled](bool enabled) {
        showEnabled(enabled);
        m_settings.setReminderEnabled(enabled);
        emit reminderChanged();
    });
    connect(m_reminderTime, &QTimeEdit::timeChanged, this, [this](QTime time) {
        m_settings.setReminderTime(time);
        emit reminderChanged();
    });
    return group;
}

void SettingsPage::saveWeekdays()
{
    QList<int> days;
    for (int iso = 1; iso <= 7; ++iso) {
        if (m_weekdays.at(iso - 1)->isChecked())
            days.append(iso);
    }
    m_settings.setReminderWeekdays(days);
    emit reminderChanged();
}

void SettingsPage::switchKioskMode(bool enabled)
{
    if (enabled && !StaffPin::isWellFormed(m_settings.staffPinHash())) {
        // No kiosk without a way for staff to leave it: the box stays clear until a PIN is set.
        const QSignalBlocker blocker(m_kioskMode);
        m_kioskMode->setChecked(false);
        askForNewPin([this] { m_kioskMode->setChecked(true); });
        return;
    }
    m_settings.setKioskMode(enabled);
    emit kioskModeChanged(enabled);
}

void SettingsPage::changeStaffPin()
{
    const QString stored = m_settings.staffPinHash();
    if (!StaffPin::isWellFormed(stored)) {
        askForNewPin([] {});
        return;
    }
    // Only someone who knows the current PIN may change it.
    auto *current = new PinDialog(stored, PinAttempts::forThisRun(), this);
    current->setAttribute(Qt::WA_DeleteOnClose);
    connect(current, &QDialog::accepted, this, [this] { askForNewPin([] {}); });
    current->open();
}

void SettingsPage::askForNewPin(std::function<void()> afterPinSet)
{
    auto *dialog = new PinDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, afterPinSet = std::move(afterPinSet)] {
        m_settings.setStaffPinHash(dialog->newPinHash());
        showStaffPinState();
        afterPinSet();
    });
    dialog->open();
}

void SettingsPage::chooseLogo()
{
    const QString current = QDir::fromNativeSeparators(m_logoPath->text());
    const QString folder = current.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)
            : QFileInfo(current).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the clinic's logo"), folder,
                                                      tr("Images (*.png *.jpg *.jpeg *.svg)"));
    if (!path.isEmpty())
        m_logoPath->setText(QDir::toNativeSeparators(path));
}

void SettingsPage::showStaffPinState()
{
    const bool set = StaffPin::isWellFormed(m_settings.staffPinHash());
    m_staffPin->setText(set ? tr("Change the staff &PIN…") : tr("Set the staff &PIN…"));
    m_staffPin->setAccessibleName(set ? tr("Change the staff PIN") : tr("Set the staff PIN"));
}
