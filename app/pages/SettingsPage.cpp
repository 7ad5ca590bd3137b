#include "app/pages/SettingsPage.h"

#include "app/dialogs/PinDialog.h"
#include "app/kiosk/StaffPin.h"
#include "app/language/Language.h"
#include "app/reminder/ReminderAutostart.h"
#include "app/widgets/ScaledFont.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
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

    // The label's text is set later, with the others (SettingsPage::retranslate()).
    QLabel *add(QWidget *field, bool fill = false)
    {
        QLabel *label = addLabel(field);
        m_grid->addWidget(field, m_row++, 1, fill ? Qt::Alignment() : Qt::AlignLeft);
        return label;
    }

    QLabel *add(QWidget *buddy, QLayout *field)
    {
        QLabel *label = addLabel(buddy);
        m_grid->addLayout(field, m_row++, 1);
        return label;
    }

    QLabel *addNote()
    {
        auto *note = new QLabel(m_group);
        note->setWordWrap(true);
        m_grid->addWidget(note, m_row++, 1);
        return note;
    }

private:
    QLabel *addLabel(QWidget *buddy)
    {
        auto *label = new QLabel(m_group);
        label->setBuddy(buddy);
        const auto alignment = Qt::Alignment(
                m_group->style()->styleHint(QStyle::SH_FormLayoutLabelAlignment, nullptr, m_group));
        m_grid->addWidget(label, m_row, 0, alignment | Qt::AlignVCenter);
        return label;
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
    m_title = pageTitle(QString(), this);
    layout->addWidget(m_title);
    // Saved values that could not be used (AppSettings::problems()), until they are set again.
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("settingProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setAccessibleName(m_problems->objectName());
    layout->addWidget(m_problems);

    // The sections scroll on small screens and with large text; the way home stays in view.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    auto *sections = new QVBoxLayout(content);
    sections->setContentsMargins(0, 0, 0, 0);
    for (QGroupBox *group : { language(), soundAndColours(), kiosk(), reminder() })
        sections->addWidget(group);
    sections->addStretch(1);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);

    m_home = new QPushButton(this);
    m_home->setObjectName(QStringLiteral("backToHome")); // found by tests in any language
    layout->addWidget(m_home, 0, Qt::AlignRight);
    connect(m_home, &QPushButton::clicked, this, &SettingsPage::homeRequested);
    retranslate();
}

void SettingsPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void SettingsPage::setRowLabel(QWidget *field, const QString &text)
{
    for (QLabel *label : findChildren<QLabel *>()) {
        if (label->buddy() == field)
            label->setText(text);
    }
}

void SettingsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    showProblems();
}

void SettingsPage::showProblems()
{
    const QStringList problems = m_settings.problems();
    m_problems->setVisible(!problems.isEmpty());
    if (problems.isEmpty())
        return;
    m_problems->setText(tr("Some saved settings could not be used (%1):")
                                .arg(QDir::toNativeSeparators(m_settings.fileName()))
                        + QLatin1Char('\n') + problems.join(QLatin1Char('\n')));
    m_problems->setAccessibleName(tr("Settings that could not be used"));
}

void SettingsPage::retranslate()
{
    showProblems();
    m_title->setText(tr("Settings"));
    m_title->setAccessibleName(m_title->text());

    m_languageGroup->setTitle(tr("Language"));
    // The system's language in its own name, like the others.
    m_language->setItemText(
            0,
            tr("System default (%1)")
                    .arg(Language::nativeName(Language::fromLocale(QLocale::system()))));
    m_language->setAccessibleName(tr("Language"));
    setRowLabel(m_language, tr("Lan&guage:"));

    m_soundGroup->setTitle(tr("Sound and colours"));
    m_voice->setItemText(0, tr("Recorded voice"));
    m_voice->setItemText(1,
                         CuePlayer::isSystemSpeechAvailable()
                                 ? tr("System text-to-speech")
                                 // Shown but not selectable, so people can see why it is missing.
                                 : tr("System text-to-speech (not available on this computer)"));
    m_voice->setItemText(2, tr("Off (captions only)"));
    m_voice->setAccessibleName(tr("Voice"));
    setRowLabel(m_voice, tr("&Voice:"));
    fillVoiceNote();
    m_volume->setAccessibleName(tr("Volume"));
    // As wide as the choices above it.
    m_volume->setMinimumWidth(m_voice->sizeHint().width());
    setRowLabel(m_volume, tr("Vol&ume:"));
    m_tick->setText(tr("Soft tick at each lift and lower"));
    m_tick->setAccessibleName(tr("Tempo tick"));
    setRowLabel(m_tick, tr("&Tempo:"));
    m_palette->setItemText(0, tr("Follow the system"));
    m_palette->setItemText(1, tr("Light"));
    m_palette->setItemText(2, tr("Dark"));
    m_palette->setItemText(3, tr("High contrast"));
    m_palette->setAccessibleName(tr("Colours"));
    setRowLabel(m_palette, tr("&Colours:"));

    m_kioskGroup->setTitle(tr("Front-desk kiosk"));
    m_kioskMode->setText(tr("Run as a front-desk kiosk"));
    m_kioskMode->setAccessibleName(tr("Kiosk mode"));
    setRowLabel(m_kioskMode, tr("&Kiosk:"));
    m_kioskNote->setText(tr("A full-screen demo loops by itself, with captions. Leaving it or "
                            "changing these settings needs the staff PIN."));
    m_clinicName->setPlaceholderText(tr("Shown on the demo screen"));
    m_clinicName->setAccessibleName(tr("Clinic name"));
    setRowLabel(m_clinicName, tr("Clinic &name:"));
    m_logoPath->setPlaceholderText(tr("No logo"));
    m_logoPath->setAccessibleName(tr("Clinic logo file"));
    m_chooseLogo->setText(tr("C&hoose…"));
    m_chooseLogo->setAccessibleName(tr("Choose the clinic logo"));
    m_clearLogo->setText(tr("Remove"));
    m_clearLogo->setAccessibleName(tr("Remove the clinic logo"));
    setRowLabel(m_logoPath, tr("&Logo:"));
    m_demoReps->setAccessibleName(tr("Demo reps per movement"));
    setRowLabel(m_demoReps, tr("De&mo reps per movement:"));
    m_idleSeconds->setSuffix(tr(" s", "seconds"));
    m_idleSeconds->setAccessibleName(tr("Seconds without use before the demo returns"));
    setRowLabel(m_idleSeconds, tr("Back to the demo when idle f&or:"));
    m_kioskMuted->setText(tr("Start muted (captions only)"));
    m_kioskMuted->setAccessibleName(tr("Kiosk starts muted"));
    setRowLabel(m_kioskMuted, tr("&Sound:"));
    showStaffPinState();
    setRowLabel(m_staffPin, tr("Staff PIN:"));

    m_reminderGroup->setTitle(tr("Daily reminder"));
    m_reminder->setText(tr("Remind me to do my exercises"));
    m_reminder->setAccessibleName(tr("Daily reminder"));
    setRowLabel(m_reminder, tr("&Reminder:"));
    m_reminderTime->setDisplayFormat(minutesFormat(QLocale()));
    m_reminderTime->setAccessibleName(tr("Reminder time"));
    setRowLabel(m_reminderTime, tr("T&ime:"));
    retranslateWeekdays();
    m_reminderNote->setText(ReminderAutostart::isSupported()
                                    ? tr("While the reminder is on, GluteGuide starts in the "
                                         "background when you log in, so it can remind you.")
                                    : tr("The reminder appears while GluteGuide is running."));

    m_home->setText(tr("Back to home"));
    m_home->setAccessibleName(tr("Back to home"));
    // The labels' column fits the longest label of this language.
    alignLabelColumns({ m_languageGroup, m_soundGroup, m_kioskGroup, m_reminderGroup });
}

void SettingsPage::retranslateWeekdays()
{
    // In the order of the user's week, which may start on another day in this language.
    const QLocale locale;
    for (int i = 0; i < 7; ++i) {
        const int iso = (int(locale.firstDayOfWeek()) - 1 + i) % 7 + 1;
        QCheckBox *day = m_weekdays.at(iso - 1);
        day->setText(locale.dayName(iso, QLocale::ShortFormat));
        day->setAccessibleName(locale.dayName(iso, QLocale::LongFormat));
        if (m_weekdayRow->indexOf(day) != i) {
            m_weekdayRow->removeWidget(day);
            m_weekdayRow->insertWidget(i, day);
        }
    }
    m_weekdaysLabel->setBuddy(m_weekdays.at(int(locale.firstDayOfWeek()) - 1));
    m_weekdaysLabel->setText(tr("&Days:"));
}

QGroupBox *SettingsPage::language()
{
    m_languageGroup = new QGroupBox(this);
    SectionRows rows(m_languageGroup);
    m_language = new QComboBox(m_languageGroup);
    m_language->addItem(QString(), QString()); // the system's: named in retranslate()
    for (const QString &code : Language::codes())
        m_language->addItem(Language::nativeName(code), code);
    m_language->setCurrentIndex(int(Language::codes().indexOf(m_settings.language())) + 1);
    rows.add(m_language);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const QString setting = m_language->currentData().toString();
        m_settings.setLanguage(setting);
        emit languageChanged(setting);
    });
    return m_languageGroup;
}

QGroupBox *SettingsPage::soundAndColours()
{
    auto *group = m_soundGroup = new QGroupBox(this);
    SectionRows rows(group);
    // The items' texts are set in retranslate().
    m_voice = new QComboBox(group);
    m_voice->addItem(QString(), int(CuePlayer::Voice::RecordedClips));
    m_voice->addItem(QString(), int(CuePlayer::Voice::SystemSpeech));
    m_voice->addItem(QString(), int(CuePlayer::Voice::Off));
    if (!CuePlayer::isSystemSpeechAvailable()) {
        auto *model = qobject_cast<QStandardItemModel *>(m_voice->model());
        model->item(1)->setEnabled(false);
    }
    m_voice->setCurrentIndex(m_voice->findData(int(m_settings.voice())));
    rows.add(m_voice);
    m_voiceNote = rows.addNote();
    m_voiceNote->setVisible(false);

    m_volume = new QSlider(Qt::Horizontal, group);
    m_volume->setRange(0, 100);
    m_volume->setValue(int(m_settings.volume() * 100));
    rows.add(m_volume);

    m_tick = new QCheckBox(group);
    m_tick->setObjectName(QStringLiteral("tempoTick"));
    m_tick->setChecked(m_settings.tempoTick());
    rows.add(m_tick);

    m_palette = new QComboBox(group);
    m_palette->addItem(QString(), int(PaletteChoice::System));
    m_palette->addItem(QString(), int(PaletteChoice::Light));
    m_palette->addItem(QString(), int(PaletteChoice::Dark));
    m_palette->addItem(QString(), int(PaletteChoice::HighContrast));
    m_palette->setCurrentIndex(m_palette->findData(int(m_settings.palette())));
    rows.add(m_palette);

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
    auto *group = m_kioskGroup = new QGroupBox(this);
    SectionRows rows(group);

    m_kioskMode = new QCheckBox(group);
    m_kioskMode->setChecked(m_settings.kioskMode());
    rows.add(m_kioskMode);
    m_kioskNote = rows.addNote();

    m_clinicName = new QLineEdit(m_settings.clinicName(), group);
    rows.add(m_clinicName, true);

    auto *logoRow = new QHBoxLayout;
    m_logoPath = new QLineEdit(QDir::toNativeSeparators(m_settings.logoPath()), group);
    m_chooseLogo = new QPushButton(group);
    m_clearLogo = new QPushButton(group);
    logoRow->addWidget(m_logoPath, 1);
    logoRow->addWidget(m_chooseLogo);
    logoRow->addWidget(m_clearLogo);
    rows.add(m_logoPath, logoRow);

    m_demoReps = new QSpinBox(group);
    m_demoReps->setRange(AppSettings::fewestDemoReps, AppSettings::mostDemoReps);
    m_demoReps->setValue(m_settings.demoReps());
    rows.add(m_demoReps);

    m_idleSeconds = new QSpinBox(group);
    m_idleSeconds->setRange(AppSettings::shortestIdleSeconds, AppSettings::longestIdleSeconds);
    m_idleSeconds->setSingleStep(15);
    m_idleSeconds->setValue(m_settings.idleSeconds());
    rows.add(m_idleSeconds);

    m_kioskMuted = new QCheckBox(group);
    m_kioskMuted->setChecked(m_settings.kioskMuted());
    rows.add(m_kioskMuted);

    m_staffPin = new QPushButton(group);
    rows.add(m_staffPin);

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
    auto *group = m_reminderGroup = new QGroupBox(this);
    SectionRows rows(group);

    m_reminder = new QCheckBox(group);
    m_reminder->setChecked(m_settings.reminderEnabled());
    rows.add(m_reminder);

    m_reminderTime = new QTimeEdit(m_settings.reminderTime(), group);
    rows.add(m_reminderTime);

    // Named and put in the order of the user's week by retranslateWeekdays().
    m_weekdayRow = new QHBoxLayout;
    const QList<int> chosen = m_settings.reminderWeekdays();
    for (int iso = 1; iso <= 7; ++iso) {
        auto *day = new QCheckBox(group);
        day->setChecked(chosen.contains(iso));
        m_weekdays.at(iso - 1) = day;
        m_weekdayRow->addWidget(day);
        connect(day, &QCheckBox::toggled, this, &SettingsPage::saveWeekdays);
    }
    m_weekdayRow->addStretch(1);
    m_weekdaysLabel = rows.add(m_weekdays.at(0), m_weekdayRow);

    m_reminderNote = rows.addNote();

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

void SettingsPage::showSpokenVoice(const QString &language, CuePlayer::Voice spoken)
{
    m_shownLanguage = language;
    m_spokenVoice = spoken;
    fillVoiceNote();
}

void SettingsPage::fillVoiceNote()
{
    using Voice = CuePlayer::Voice;
    const auto chosen = static_cast<Voice>(m_voice->currentData().toInt());
    const QString language = Language::nativeName(m_shownLanguage);
    QString note;
    if (chosen == Voice::RecordedClips && m_spokenVoice == Voice::SystemSpeech)
        note = tr("GluteGuide has no recorded voice in %1 yet: the system's text-to-speech says "
                  "the cues instead.")
                       .arg(language);
    else if (chosen == Voice::RecordedClips && m_spokenVoice == Voice::Off)
        note = tr("GluteGuide has no recorded voice in %1 yet, and the system's text-to-speech "
                  "has none either: the cues are shown as captions only.")
                       .arg(language);
    else if (chosen == Voice::SystemSpeech && m_spokenVoice == Voice::Off
             && CuePlayer::isSystemSpeechAvailable())
        note = tr("The system's text-to-speech has no voice in %1: the cues are shown as "
                  "captions only.")
                       .arg(language);
    m_voiceNote->setText(note);
    m_voiceNote->setVisible(!note.isEmpty());
}

void SettingsPage::showStaffPinState()
{
    const bool set = StaffPin::isWellFormed(m_settings.staffPinHash());
    m_staffPin->setText(set ? tr("Change the staff &PIN…") : tr("Set the staff &PIN…"));
    m_staffPin->setAccessibleName(set ? tr("Change the staff PIN") : tr("Set the staff PIN"));
}
