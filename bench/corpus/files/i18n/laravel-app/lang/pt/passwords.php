<?php

return [
    'reset' => 'A sua palavra-passe foi redefinida.',
    'sent' => 'Enviámos por e-mail o link para redefinir a sua palavra-passe.',
    'throttled' => 'Por favor, aguarde antes de tentar novamente.',
    'token' => 'Este token de redefinição de palavra-passe é inválido.',
    'user' => 'Não conseguimos encontrar um utilizador com esse endereço de e-mail.',
    'password' => 'A palavra-passe deve ter pelo menos :min caracteres.',
    'secret' => 'Segredo',
];
