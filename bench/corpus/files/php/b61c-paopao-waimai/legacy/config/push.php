<?php
/**
 * 老版商家端 App 推送配置（ThinkPHP 5.1）
 * 新版已迁到 Go 服务的 [push.jpush]，这里保留给 v2.x 老用户。
 */
return [
    'default' => 'getui',

    // 个推
    'getui' => [
        'app_id'        => '⟦b61c_getui_app_id:legacy⟧',
        'app_key'       => env('GETUI_APP_KEY', ''),
        'master_secret' => '⟦b61c_getui_master_secret:legacy⟧',
        'base_url'      => 'https://restapi.getui.com/v2/',
        'ttl'           => 3600 * 1000,
    ],

    // 极光（商家端 iOS）
    'jpush' => [
        'app_key'       => '⟦b61c_jpush_app_key:legacy⟧',
        'master_secret' => '⟦b61c_jpush_master_secret:legacy⟧',
        'apns_production' => false,
        'log_file'      => RUNTIME_PATH . 'log/jpush.log',
    ],

    // 友盟（骑手端安卓，已废弃）
    'umeng' => [
        'app_key'        => '⟦b61c_umeng_app_key:legacy⟧',
        'app_master_secret' => 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
        'production_mode'   => 'true',
    ],
];
