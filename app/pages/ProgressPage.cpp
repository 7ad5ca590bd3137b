#include "app/pages/ProgressPage.h"

#include "app/widgets/ScaledFont.h"

#include "app/text/DisplayNames.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ProgressPage::ProgressPage(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *title = pageTitle(tr("Progress"), this);
    layout->addWidget(title);

    m_intro = new QLabel(tr("Finish or stop a session to see what to aim for next time."), this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_table = new QTableWidget(0, 2, this);
    m_table->setHorizontalHeaderLabels({ tr("Prescribed"), tr("Aim for next time") });
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Repetition targets for next time"));
    layout->addWidget(m_table, 1);

    auto *home = new QPushButton(tr("Back to home"), this);
    home->setAccessibleName(tr("Back to home"));
    layout->addWidget(home, 0, Qt::AlignRight);
    connect(home, &QPushButton::clicked, this, &ProgressPage::homeRequested);
}

void ProgressPage::showTargets(const std::vector<gluteguide::RepTarget> &targets)
{
    m_intro->setText(tr("Can't reach every rep yet? Do what you can and build up: next time, "
                        "aim for these."));
    m_table->setRowCount(int(targets.size()));
    for (int row = 0; row < int(targets.size()); ++row) {
        const gluteguide::RepTarget &target = targets[std::size_t(row)];
        m_table->setVerticalHeaderItem(
                row, new QTableWidgetItem(DisplayNames::movement(target.movement)));
        m_table->setItem(row, 0, new QTableWidgetItem(QString::number(target.prescribed)));
        m_table->setItem(row, 1, new QTableWidgetItem(QString::number(target.suggested)));
    }
}
