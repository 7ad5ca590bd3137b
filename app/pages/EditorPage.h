#pragma once

#include <QHash>
#include <QString>
#include <QWidget>

class QBoxLayout;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class RoutineDocument;

// Where a therapist tailors the routine: which movements and in what order, reps, tempo, sets,
// rests, set-up, sides, name and a note for the patient. Every change is an undoable edit of the
// document; what is wrong with a value is shown next to it, in core's words, and the plan's
// length and repetitions follow as you type.
class EditorPage : public QWidget
{
    Q_OBJECT

public:
    explicit EditorPage(RoutineDocument &document, QWidget *parent = nullptr);

    // The input for a field as routine files name it ("sets_per_side", "movements[2].reps"),
    // and the label that shows that field's problem (hidden when there is none).
    QWidget *fieldWidget(const QString &field) const { return m_inputs.value(field); }
    QLabel *problemLabel(const QString &field) const;
    QLabel *totals() const { return m_totals; }

signals:
    void homeRequested();
    void previewRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void buildRoutineSection(QBoxLayout *layout);
    void buildSetsSection(QBoxLayout *layout);
    void buildRestsSection(QBoxLayout *layout);
    void rebuildSetupRows();
    void rebuildMovementRows();
    // Values, problems and totals from the document; rows are rebuilt only when their number
    // or the movements' order changed.
    void refresh();
    void showProblems();

    // Inputs with their allowed range as a tooltip.
    QSpinBox *countInput(const QString &field, int min, int max);
    QDoubleSpinBox *secondsInput(const QString &field, double min, double max);
    // The input's name in front of it in its section.
    static void setFormLabel(QWidget *field, const QString &text);
    QLabel *addProblemLabel(const QString &anchor, QWidget *parent);
    QString structure() const;

    RoutineDocument &m_document;
    QHash<QString, QWidget *> m_inputs; // by field path
    QHash<QString, QLabel *> m_problemLabels; // by field path or the row it belongs to
    QLabel *m_title = nullptr;
    QGroupBox *m_routineGroup = nullptr;
    QGroupBox *m_setsGroup = nullptr;
    QGroupBox *m_restsGroup = nullptr;
    QGroupBox *m_setupGroup = nullptr;
    QGroupBox *m_movementsGroup = nullptr;
    QLabel *m_movementsNote = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_home = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QComboBox *m_firstSide = nullptr;
    QCheckBox *m_bothSides = nullptr;
    QWidget *m_setupRows = nullptr;
    QGridLayout *m_setupGrid = nullptr;
    QWidget *m_movementRows = nullptr;
    QGridLayout *m_movementGrid = nullptr;
    QLabel *m_totals = nullptr;
    QString m_structure; // what the rows were built for
};
