SUMMARY = "Halcyon gateway agent (Modbus/BACnet collectors, cloud uplink)"
HOMEPAGE = "https://gitlab.halcyon-iot.com/firmware/halcyon-agent"
LICENSE = "CLOSED"

DEPENDS = "libmodbus openssl paho-mqtt-c"
RDEPENDS:${PN} += "memfaultd"

# private repo: fetch with the yocto-fetch deploy token
SRC_URI = "git://gitlab.halcyon-iot.com/firmware/halcyon-agent.git;protocol=https;branch=release/1.4;user=yocto-fetch:⟦gitlab_deploy_token:agent⟧ \
           file://halcyon-agent.service \
           file://agent.toml \
           "
SRCREV = "⟦git_sha:agent⟧"
PV = "1.4.3+git${SRCPV}"

# vendor BACnet stack tarball from the partner portal
SRC_URI += "https://partners.cimetrics.com/dl/bacstac-7.2.tgz;name=bacstac;user=halcyon-eng;pswd=Bacnet-Partner-19"
SRC_URI[bacstac.sha256sum] = "⟦sha256:bacstac⟧"

S = "${WORKDIR}/git"

inherit cmake systemd

SYSTEMD_SERVICE:${PN} = "halcyon-agent.service"
EXTRA_OECMAKE = "-DHALCYON_WITH_BACNET=ON -DBACSTAC_DIR=${WORKDIR}/bacstac-7.2"

do_install:append() {
    install -d ${D}${sysconfdir}/halcyon
    install -m 0640 ${WORKDIR}/agent.toml ${D}${sysconfdir}/halcyon/agent.toml
    install -d ${D}${systemd_system_unitdir}
    install -m 0644 ${WORKDIR}/halcyon-agent.service ${D}${systemd_system_unitdir}/
}
