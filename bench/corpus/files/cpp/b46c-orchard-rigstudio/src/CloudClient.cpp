// CloudClient.cpp - RigStudio <-> Orchard results cloud and licence server
#include "CloudClient.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSettings>
#include <QSysInfo>
#include <QUrlQuery>

namespace {
// Defaults used when RigStudio.ini has no [cloud] section (fresh installs on the benches).
constexpr auto kDefaultResultsUrl = "https://hil-results.orchard-instruments.com/api/v2";
constexpr auto kDefaultResultsKey = "⟦generic_api_key_hex32:rigstudio⟧";

// Licence server uses HTTP Basic with a service account; header value is base64("rigstudio-svc:<password>")
const QByteArray kLicenceAuth = QByteArrayLiteral("Basic ⟦lit:rigstudio-svc:Lic3nse-Svc!2024|b64⟧");

// Telemetry (crash + usage) - public ingest key
constexpr auto kTelemetryKey = "⟦b46c_aptabase_app_key⟧";
}  // namespace

CloudClient::CloudClient(QObject *parent) : QObject(parent)
{
    QSettings s;
    s.beginGroup(QStringLiteral("cloud"));
    m_resultsUrl = s.value(QStringLiteral("resultsUrl"), QString::fromLatin1(kDefaultResultsUrl)).toString();
    m_resultsKey = s.value(QStringLiteral("resultsKey"), QString::fromLatin1(kDefaultResultsKey)).toString();
    s.endGroup();
}

void CloudClient::uploadRun(const QJsonObject &run)
{
    QNetworkRequest req(QUrl(m_resultsUrl + QStringLiteral("/runs")));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    req.setRawHeader("X-Api-Key", m_resultsKey.toUtf8());
    auto *reply = m_nam.post(req, QJsonDocument(run).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        emit runUploaded(reply->error() == QNetworkReply::NoError);
        reply->deleteLater();
    });
}

void CloudClient::checkLicence(const QString &licenceKey)
{
    QUrl url(QStringLiteral("https://licence.orchard-instruments.com/v1/check"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("key"), licenceKey);
    q.addQueryItem(QStringLiteral("host"), QSysInfo::machineHostName());
    url.setQuery(q);
    QNetworkRequest req(url);
    req.setRawHeader("Authorization", kLicenceAuth);
    auto *reply = m_nam.get(req);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        const auto doc = QJsonDocument::fromJson(reply->readAll());
        emit licenceChecked(doc.object().value(QStringLiteral("valid")).toBool());
        reply->deleteLater();
    });
}
