import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { MailerModule } from '@nestjs-modules/mailer';
import { HandlebarsAdapter } from '@nestjs-modules/mailer/dist/adapters/handlebars.adapter';
import { join } from 'path';

import { MailService } from './mail.service';

/**
 * Transactional mail. Production sends through SMTP2GO (relay with API key as the SMTP password);
 * development sends into the Mailtrap sandbox inbox "billing-dev".
 */
@Module({
  imports: [
    MailerModule.forRootAsync({
      imports: [ConfigModule],
      inject: [ConfigService],
      useFactory: (config: ConfigService) => {
        const isProd = config.get<string>('app.env') === 'production';
        return {
          transport: isProd
            ? {
                host: 'mail.smtp2go.com',
                port: 2525,
                secure: false,
                auth: {
                  user: 'billing@invoicely.app',
                  pass: config.get<string>('SMTP2GO_API_KEY') ?? '⟦b40b_smtp2go_api_key⟧',
                },
              }
            : {
                host: 'sandbox.smtp.mailtrap.io',
                port: 2525,
                auth: {
                  user: '3b1f9c0d7e2a4f',
                  pass: '⟦password:mailtrap⟧',
                },
              },
          defaults: {
            from: '"Invoicely Billing" <billing@invoicely.app>',
          },
          template: {
            dir: join(__dirname, 'templates'),
            adapter: new HandlebarsAdapter(),
            options: { strict: true },
          },
        };
      },
    }),
  ],
  providers: [
    MailService,
    {
      // Mailtrap Email API used by the e2e suite to read the sandbox inbox
      provide: 'MAILTRAP_API_TOKEN',
      useValue: process.env.MAILTRAP_API_TOKEN ?? '⟦b40b_mailtrap_token⟧',
    },
  ],
  exports: [MailService],
})
export class MailModule {}
