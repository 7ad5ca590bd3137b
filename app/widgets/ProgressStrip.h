#pragma once

#include <QPixmap>
#include <QStaticText>
#include <QWidget>

// A filled bar with a label. Unlike QProgressBar, which repaints at once on every visible
// change, this only schedules a repaint, so per-frame updates cost one paint per frame.
class ProgressStrip : public QWidget
{
    Q_OBJECT

public:
    explicit ProgressStrip(QWidget *parent = nullptr);

    void setFraction(double fraction);
    double fraction() const { return m_fraction; }
    void setText(const QString &text);
    QString text() const { return m_text; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QRectF frame() const;
    double cornerRadius() const;
    QPixmap picture(bool full) const;
    void paintFill(QPainter &painter, const QRectF &fill) const;

    double m_fraction = 0.0;
    double m_paintedFraction = -1.0;
    QString m_text;
    QStaticText m_staticText;
    QPixmap m_empty; // the strip without fill and text, at this size
    QPixmap m_full; // with the whole frame filled
    bool m_picturesValid = false;
};
