// The kiosk's staff PIN (issue 11): PBKDF2-HMAC-SHA256 against published vectors, the stored
// form, and refusal of wrong PINs and malformed stored strings.

#include "app/kiosk/StaffPin.h"

#include "AppTestSupport.h"

#include <QByteArray>
#include <QStringList>

#include <gtest/gtest.h>

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

const QString samplePin = QStringLiteral("4711");

TEST(Pbkdf2HmacSha256, MatchesTheWellKnownVectors)
{
    const QByteArray password("password");
    const QByteArray salt("salt");
    EXPECT_EQ(pbkdf2HmacSha256(password, salt, 1, 32),
              hex("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b"));
    EXPECT_EQ(pbkdf2HmacSha256(password, salt, 2, 32),
              hex("ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43"));
    EXPECT_EQ(pbkdf2HmacSha256(password, salt, 4096, 32),
              hex("c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a"));
    // Longer than one block, so the second block's index counts.
    EXPECT_EQ(pbkdf2HmacSha256("passwordPASSWORDpassword", "saltSALTsaltSALTsaltSALTsaltSALTsalt",
                               4096, 40),
              hex("348c89dbcbd32b2f32d814b8116e84cf2b17347ebc1800181c4e2a1fb8dd53e1c635518c7dac47e"
                  "9"));
    EXPECT_EQ(pbkdf2HmacSha256(QByteArray("pass\0word", 9), QByteArray("sa\0lt", 5), 4096, 16),
              hex("89b69d0516f829893c696226650a8687"));
}

TEST(Pbkdf2HmacSha256, MatchesRfc7914Section11)
{
    EXPECT_EQ(pbkdf2HmacSha256("passwd", "salt", 1, 64),
              hex("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                  "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783"));
    EXPECT_EQ(pbkdf2HmacSha256("Password", "NaCl", 80000, 64),
              hex("4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                  "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d"));
}

TEST(StaffPin, AcceptsOnlyFourToEightDigits)
{
    for (const char *pin : { "1234", "0000", "12345678" })
        EXPECT_TRUE(StaffPin::isAcceptable(QString::fromLatin1(pin))) << pin;
    for (const char *pin : { "", "123", "123456789", "12a4", " 1234", "12 34" })
        EXPECT_FALSE(StaffPin::isAcceptable(QString::fromLatin1(pin))) << pin;
    // Digits of other scripts are digits to QChar, but not on a kiosk's number keys.
    EXPECT_FALSE(StaffPin::isAcceptable(QStringLiteral("\u0661\u0662\u0663\u0664")));
}

TEST(StaffPin, TheStoredFormNamesTheSchemeAndIterationsAndHidesThePin)
{
    const QString stored = StaffPin::hash(samplePin);
    const QStringList parts = stored.split(QLatin1Char('$'));
    ASSERT_EQ(parts.size(), 4) << stored.toStdString();
    EXPECT_EQ(parts[0], QStringLiteral("pbkdf2-sha256"));
    EXPECT_EQ(parts[1].toInt(), StaffPin::defaultIterations);
    EXPECT_EQ(QByteArray::fromBase64(parts[2].toLatin1()).size(), StaffPin::saltBytes);
    EXPECT_EQ(QByteArray::fromBase64(parts[3].toLatin1()).size(), StaffPin::hashBytes);
    EXPECT_FALSE(stored.contains(samplePin));
    EXPECT_TRUE(StaffPin::isWellFormed(stored));
    EXPECT_TRUE(StaffPin::matches(samplePin, stored));
}

// Fewer iterations than the default keep the suite quick; the count is part of the stored form.
constexpr int quickIterations = 1000;

TEST(StaffPin, TheRightPinMatchesAndOthersDoNot)
{
    const QString stored = StaffPin::hash(samplePin, quickIterations);
    EXPECT_TRUE(StaffPin::matches(samplePin, stored));
    for (const char *other : { "4712", "471", "47110", "", "1174" })
        EXPECT_FALSE(StaffPin::matches(QString::fromLatin1(other), stored)) << other;
}

TEST(StaffPin, TheSamePinHashedTwiceGetsADifferentSalt)
{
    const QString first = StaffPin::hash(samplePin, quickIterations);
    const QString second = StaffPin::hash(samplePin, quickIterations);
    EXPECT_NE(first.split(QLatin1Char('$'))[2], second.split(QLatin1Char('$'))[2]);
    EXPECT_NE(first, second);
    EXPECT_TRUE(StaffPin::matches(samplePin, first));
    EXPECT_TRUE(StaffPin::matches(samplePin, second));
}

// A PIN stored with another iteration count (an older or newer version) still matches.
TEST(StaffPin, TheStoredIterationCountIsTheOneUsed)
{
    const QString stored = StaffPin::hash(samplePin, 1000);
    EXPECT_EQ(stored.split(QLatin1Char('$'))[1], QStringLiteral("1000"));
    EXPECT_TRUE(StaffPin::matches(samplePin, stored));

    QStringList changed = stored.split(QLatin1Char('$'));
    changed[1] = QStringLiteral("1001");
    EXPECT_FALSE(StaffPin::matches(samplePin, changed.join(QLatin1Char('$'))));
}

TEST(StaffPin, MalformedStoredStringsAreRefusedEvenWithTheRightPin)
{
    const QString stored = StaffPin::hash(samplePin, quickIterations);
    const QStringList parts = stored.split(QLatin1Char('$'));
    ASSERT_EQ(parts.size(), 4);
    const auto with = [&parts](qsizetype index, const QString &value) {
        QStringList changed = parts;
        changed[index] = value;
        return changed.join(QLatin1Char('$'));
    };
    const QByteArray shortHash = QByteArray::fromBase64(parts[3].toLatin1()).left(31);
    const QStringList malformed{
        QString(),
        samplePin,
        with(0, QStringLiteral("pbkdf2-sha1")),
        with(1, QStringLiteral("many")),
        with(1, QStringLiteral("0")),
        with(1, QStringLiteral("-5")),
        with(1, QStringLiteral("2000000000")),
        with(2, QStringLiteral("not*base64!")),
        with(2, QString()),
        with(3, QString::fromLatin1(shortHash.toBase64())),
        parts.mid(0, 3).join(QLatin1Char('$')),
        stored + QStringLiteral("$extra"),
    };
    ASSERT_TRUE(StaffPin::matches(samplePin, stored));
    for (const QString &text : malformed) {
        EXPECT_FALSE(StaffPin::isWellFormed(text)) << text.toStdString();
        EXPECT_FALSE(StaffPin::matches(samplePin, text)) << text.toStdString();
    }
}

} // namespace
