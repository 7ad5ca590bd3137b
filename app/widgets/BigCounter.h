#pragma once

#include <QWidget>

// The huge number readable from across the room: "7" with "of 15" beneath, or a rest countdown.
// The number is sized from the window's height, never less than a sixth of it.
class BigCounter : public QWidget
{
    Q_OBJECT

public:
    explicit BigCounter(QWidget *parent = nullptr);

    void setValue(const QString &value, const QString &caption);
    QString value() const { return m_value; }
    QString caption() const { return m_caption; }

    // Pixel height of the big number for the current window.
    int numberPixelSize() const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateAccessibleTexts();

    QString m_value;
    QString m_caption;
};
