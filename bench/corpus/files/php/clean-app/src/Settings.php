<?php

declare(strict_types=1);

namespace App;

/** Reads configuration from the environment; fails fast when a secret is missing. */
final class Settings
{
    public const PASSWORD_MIN_LENGTH = 12;
    public const TOKEN_TTL_SECONDS = 3600;

    public static function get(string $name): string
    {
        $value = getenv($name);
        if ($value === false || $value === '') {
            throw new \RuntimeException("Missing required setting {$name}");
        }
        return $value;
    }

    public static function database(): array
    {
        return [
            'dsn' => self::get('DB_DSN'),
            'user' => self::get('DB_USER'),
            'password' => self::get('DB_PASSWORD'),
        ];
    }

    public static function hashPassword(string $password): string
    {
        return password_hash($password, PASSWORD_ARGON2ID);
    }

    // Example hash for the docs (password "example"): never a stored credential
    public const EXAMPLE_HASH = '⟦argon2_hash⟧';
}
