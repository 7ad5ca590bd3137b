#include "app/kiosk/StaffPin.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QStringList>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <optional>

namespace {

const QString scheme = QStringLiteral("pbkdf2-sha256");
const QChar separator = QLatin1Char('$');
// Beyond this a tampered settings file could make each check take minutes.
constexpr int mostIterations = 10'000'000;
constexpr int shortestSalt = 8;

struct StoredPin
{
    int iterations = 0;
    QByteArray salt;
    QByteArray hash;
};

std::optional<QByteArray> fromBase64(const QString &text)
{
    auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

std::optional<StoredPin> parse(const QString &stored)
{
    const QStringList parts = stored.split(separator);
    if (parts.size() != 4 || parts[0] != scheme)
        return std::nullopt;
    bool ok = false;
    StoredPin pin;
    pin.iterations = parts[1].toInt(&ok);
    if (!ok || pin.iterations < 1 || pin.iterations > mostIterations)
        return std::nullopt;
    const auto salt = fromBase64(parts[2]);
    const auto hash = fromBase64(parts[3]);
    if (!salt || !hash || salt->size() < shortestSalt || hash->size() != StaffPin::hashBytes)
        return std::nullopt;
    pin.salt = *salt;
    pin.hash = *hash;
    return pin;
}

// Compares every byte whatever the first difference, so the time taken does not tell an attacker
// how much of a guess was right.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

QByteArray randomSalt()
{
    std::array<quint32, StaffPin::saltBytes / sizeof(quint32)> words{};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    return QByteArray(reinterpret_cast<const char *>(words.data()), StaffPin::saltBytes);
}

} // namespace

QByteArray pbkdf2HmacSha256(const QByteArray &password, const QByteArray &salt, int iterations,
                            int keyLength)
{
    constexpr int blockLength = 32;
    QByteArray key;
    if (iterations < 1 || keyLength < 1)
        return key;
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    for (quint32 block = 1; key.size() < keyLength; ++block) {
        // U1 = HMAC(P, S || INT(block)), Uj = HMAC(P, Uj-1); the block is T = U1 ^ ... ^ Uc.
        const quint32 blockIndex = qToBigEndian(block);
        mac.reset();
        mac.addData(salt);
        mac.addData(QByteArray(reinterpret_cast<const char *>(&blockIndex), sizeof blockIndex));
        QByteArray u = mac.result();
        QByteArray t = u;
        char *sum = t.data();
        for (int i = 1; i < iterations; ++i) {
            mac.reset();
            mac.addData(u);
            u = mac.result();
            const char *next = u.constData();
            for (int j = 0; j < blockLength; ++j)
                sum[j] = char(sum[j] ^ next[j]);
        }
        key.append(t);
    }
    key.truncate(keyLength);
    return key;
}

bool StaffPin::isAcceptable(const QString &pin)
{
    return pin.size() >= shortestPin && pin.size() <= longestPin
            && std::all_of(pin.begin(), pin.end(),
                           [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

QString StaffPin::hash(const QString &pin, int iterations)
{
    const QByteArray salt = randomSalt();
    const QByteArray derived = pbkdf2HmacSha256(pin.toUtf8(), salt, iterations, hashBytes);
    return QStringList{ scheme, QString::number(iterations), QString::fromLatin1(salt.toBase64()),
                        QString::fromLatin1(derived.toBase64()) }
            .join(separator);
}

bool StaffPin::matches(const QString &pin, const QString &stored)
{
    const auto parsed = parse(stored);
    if (!parsed)
        return false;
    const QByteArray derived =
            pbkdf2HmacSha256(pin.toUtf8(), parsed->salt, parsed->iterations, hashBytes);
    return constantTimeEquals(derived, parsed->hash);
}

bool StaffPin::isWellFormed(const QString &stored)
{
    return parse(stored).has_value();
}
