<?php
/**
 * 汇付斗拱 (dg) SDK 配置
 * BsPaySdk\core\BsPay::init($config, true, 'default');
 */

return [
    'default' => [
        'product_id'            => 'PAYUN',
        'sys_id'                => '⟦b61c_huifu_id:sys⟧',
        'huifu_id'              => '⟦b61c_huifu_id:mer⟧',
        // 商户私钥
        'rsa_merch_private_key' => '⟦b61c_huifu_rsa_private_key:prod⟧',
        // 汇付公钥
        'rsa_huifu_public_key'  => '⟦b41a_rsa_public_key_b64:huifu⟧',
    ],

    // 联调环境（汇付给的测试商户，私钥是我们自己生成上传的）
    'test' => [
        'product_id'            => 'PAYUN',
        'sys_id'                => '⟦b61c_huifu_id:tsys⟧',
        'huifu_id'              => '⟦b61c_huifu_id:tmer⟧',
        'rsa_merch_private_key' => getenv('HUIFU_TEST_PRIVATE_KEY') ?: '',
        'rsa_huifu_public_key'  => '⟦b41a_rsa_public_key_b64:huifut⟧',
    ],
];
