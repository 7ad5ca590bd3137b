#include "app/pages/SettingsPage.h"

#include "app/widgets/ScaledFont.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QStandardItemModel>
#include <QVBoxLayout>

SettingsPage::SettingsPage(AppSettings &settings, QWidget *parent)
    : QWidget(parent), m_settings(settings)
{
    auto *layout = new QVBoxLayout(this);
    auto *title = pageTitle(tr("Settings"), this);
    layout->addWidget(title);

    auto *form = new QFormLayout;
    m_voice = new QComboBox(this);
    m_voice->addItem(tr("Recorded voice"), int(CuePlayer::Voice::RecordedClips));
    m_voice->addItem(tr("System text-to-speech"), int(CuePlayer::Voice::SystemSpeech));
    m_voice->addItem(tr("Off (captions only)"), int(CuePlayer::Voice::Off));
    if (!CuePlayer::isSystemSpeechAvailable()) {
        // Shown but not selectable, so people can see why it is missing.
        auto *model = qobject_cast<QStandardItemModel *>(m_voice->model());
        model->item(1)->setEnabled(false);
        m_voice->setItemText(1, tr("System text-to-speech (not available on this computer)"));
    }
    m_voice->setCurrentIndex(m_voice->findData(int(settings.voice())));
    m_voice->setAccessibleName(tr("Voice"));
    form->addRow(tr("&Voice:"), m_voice);

    m_volume = new QSlider(Qt::Horizontal, this);
    m_volume->setRange(0, 100);
    m_volume->setValue(int(settings.volume() * 100));
    m_volume->setAccessibleName(tr("Volume"));
    form->addRow(tr("Vol&ume:"), m_volume);

    m_tick = new QCheckBox(tr("Soft tick at each lift and lower"), this);
    m_tick->setChecked(settings.tempoTick());
    m_tick->setAccessibleName(tr("Tempo tick"));
    form->addRow(tr("&Tempo:"), m_tick);

    m_palette = new QComboBox(this);
    m_palette->addItem(tr("Follow the system"), int(PaletteChoice::System));
    m_palette->addItem(tr("Light"), int(PaletteChoice::Light));
    m_palette->addItem(tr("Dark"), int(PaletteChoice::Dark));
    m_palette->addItem(tr("High contrast"), int(PaletteChoice::HighContrast));
    m_palette->setCurrentIndex(m_palette->findData(int(settings.palette())));
    m_palette->setAccessibleName(tr("Colours"));
    form->addRow(tr("&Colours:"), m_palette);
    layout->addLayout(form);
    layout->addStretch(1);

    auto *home = new QPushButton(tr("Back to home"), this);
    home->setAccessibleName(tr("Back to home"));
    layout->addWidget(home, 0, Qt::AlignRight);

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
    connect(home, &QPushButton::clicked, this, &SettingsPage::homeRequested);
}
