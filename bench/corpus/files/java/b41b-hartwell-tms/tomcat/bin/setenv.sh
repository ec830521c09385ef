#!/bin/sh
# setenv.sh - sourced by catalina.sh. Hartwell tms-portal, app01/app02.
# Owner: platform team (#plat-java). Last change: JDK 17 migration, 2023-09.

JAVA_HOME=/usr/lib/jvm/temurin-17-jdk-amd64
CATALINA_PID="$CATALINA_BASE/temp/tomcat.pid"

JAVA_OPTS="$JAVA_OPTS -Xms2g -Xmx4g -XX:+UseG1GC -XX:MaxGCPauseMillis=200"
JAVA_OPTS="$JAVA_OPTS -Djava.security.egd=file:/dev/./urandom -Dfile.encoding=UTF-8"

# client certificate for the customs (ATLAS) web service
JAVA_OPTS="$JAVA_OPTS -Djavax.net.ssl.keyStore=/opt/tms/certs/atlas-client.p12 -Djavax.net.ssl.keyStoreType=PKCS12"
JAVA_OPTS="$JAVA_OPTS -Djavax.net.ssl.keyStorePassword=⟦password:atlasp12⟧"
JAVA_OPTS="$JAVA_OPTS -Djavax.net.ssl.trustStore=/opt/tms/certs/cacerts -Djavax.net.ssl.trustStorePassword=changeit"

# remote JMX for Zabbix Java gateway
CATALINA_OPTS="$CATALINA_OPTS -Dcom.sun.management.jmxremote.port=12345 -Dcom.sun.management.jmxremote.rmi.port=12346"
CATALINA_OPTS="$CATALINA_OPTS -Dcom.sun.management.jmxremote.ssl=false"
CATALINA_OPTS="$CATALINA_OPTS -Dcom.sun.management.jmxremote.password.file=$CATALINA_BASE/conf/jmxremote.password"
CATALINA_OPTS="$CATALINA_OPTS -Dcom.sun.management.jmxremote.access.file=$CATALINA_BASE/conf/jmxremote.access"

# New Relic APM (license key should come from /etc/newrelic/newrelic.yml, this is a leftover from the trial)
CATALINA_OPTS="$CATALINA_OPTS -javaagent:/opt/newrelic/newrelic.jar -Dnewrelic.environment=production"
CATALINA_OPTS="$CATALINA_OPTS -Dnewrelic.config.license_key=⟦newrelic_license_key⟧"

# jasypt for the portal's encrypted properties (ENC(...) values in portal.properties)
export JASYPT_ENCRYPTOR_PASSWORD='⟦password:jasypt⟧'

export JAVA_HOME CATALINA_PID JAVA_OPTS CATALINA_OPTS
