#pragma once

#include <QByteArray>
#include <QString>

// PBKDF2-HMAC-SHA256 (RFC 8018 §5.2): `keyLength` bytes derived from a password and salt.
QByteArray pbkdf2HmacSha256(const QByteArray &password, const QByteArray &salt, int iterations,
                            int keyLength);

// The kiosk's staff PIN, kept only as a salted, deliberately slow hash so a settings file that
// leaks does not give the PIN away:
//     pbkdf2-sha256$<iterations>$<salt, base64>$<hash, base64>
// The iteration count travels with the hash, so a later version can raise it and still accept
// PINs stored earlier.
class StaffPin
{
public:
    static constexpr int defaultIterations = 200'000;
    static constexpr int saltBytes = 16;
    static constexpr int hashBytes = 32;
    static constexpr int shortestPin = 4;
    static constexpr int longestPin = 8;

    // 4 to 8 digits.
    static bool isAcceptable(const QString &pin);

    // The stored form of `pin`, with a fresh random salt.
    static QString hash(const QString &pin, int iterations = defaultIterations);

    // Whether `pin` is the one `stored` was made from; false for anything malformed.
    static bool matches(const QString &pin, const QString &stored);

    static bool isWellFormed(const QString &stored);
};
