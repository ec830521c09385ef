# Add your plugins and plugin settings here.
# Of course uncomment this file out.

PLUGINS = [
    "netbox_napalm_plugin",
    "netbox_topology_views",
    "netbox_librenms_plugin",
    "netbox_inventory",
]

PLUGINS_CONFIG = {
    "netbox_napalm_plugin": {
        "NAPALM_USERNAME": "netbox-napalm",
        "NAPALM_PASSWORD": "⟦password:napalm⟧",
        "NAPALM_TIMEOUT": 30,
        "NAPALM_ARGS": {
            "secret": "⟦password:napalm-enable⟧",
            "global_delay_factor": 2,
        },
    },
    "netbox_topology_views": {
        "static_image_directory": "netbox_topology_views/img",
        "allow_coordinates_saving": True,
    },
    "netbox_librenms_plugin": {
        "librenms_url": "https://librenms.stonebridge-dc.co.uk",
        "api_token": "⟦b48c_librenms_api_token:netbox⟧",
        "cache_timeout": 300,
        "verify_ssl": True,
    },
    "netbox_inventory": {
        "used_status_name": "used",
        "stored_status_name": "stored",
    },
}
