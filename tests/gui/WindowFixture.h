#pragma once

#include "app/language/AppTranslator.h"
#include "app/session/MonotonicClock.h"
#include "app/storage/AppSettings.h"
#include "app/window/MainWindow.h"

#include <QApplication>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

// A muted main window on the default routine with settings in a temporary folder, and a clock
// the test moves by hand. It shows English, the source language, until a test switches with
// m_translator; the switch ends with the test.
class WindowFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_translator = std::make_unique<AppTranslator>();
        WindowOptions options;
        options.mute = true;
        options.historyPath = m_dir.filePath(QStringLiteral("history.sqlite"));
        m_window = std::make_unique<MainWindow>(*m_settings, *m_translator, options);
        m_window->resize(1366, 768);
        m_window->show();
        QApplication::processEvents();
    }

    void startSession()
    {
        auto clock = std::make_unique<ManualClock>();
        m_clock = clock.get();
        m_window->startSession(std::move(clock));
    }

    // Moves session time forward in display-frame steps, as the real timer would.
    void runFor(gluteguide::Millis duration)
    {
        const gluteguide::Millis end = m_clock->now() + duration;
        while (m_clock->now() < end) {
            m_clock->advanceBy(std::min(gluteguide::Millis{ 16 }, end - m_clock->now()));
            m_window->driver()->tick();
        }
        QApplication::processEvents();
    }

    void runUntil(gluteguide::Millis position)
    {
        runFor(position - m_window->driver()->session().position());
    }

    const gluteguide::Session &session() const { return m_window->driver()->session(); }

    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<AppTranslator> m_translator;
    std::unique_ptr<MainWindow> m_window;
    ManualClock *m_clock = nullptr;
};
