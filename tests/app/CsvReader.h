#pragma once

#include <QString>
#include <QStringList>

#include <vector>

// Reads RFC 4180 CSV, independently of the writer under test: records end with CRLF; a quoted
// field may hold commas, doubled quotes and line breaks. A bare line feed outside quotes is
// data, so a writer that ends lines without CR is caught.
inline std::vector<QStringList> readCsv(const QString &text)
{
    std::vector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool pending = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        pending = true;
        if (quoted) {
            if (c == QLatin1Char('"') && next == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && next == QLatin1Char('\n')) {
            row << field;
            rows.push_back(row);
            row.clear();
            field.clear();
            pending = false;
            ++i;
        } else {
            field += c;
        }
    }
    if (pending) {
        row << field;
        rows.push_back(row);
    }
    return rows;
}
