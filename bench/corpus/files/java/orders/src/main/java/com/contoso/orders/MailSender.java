package com.contoso.orders;

import java.util.Properties;
import javax.mail.Authenticator;
import javax.mail.PasswordAuthentication;
import javax.mail.Session;

public class MailSender {
    private static final String SMTP_USER = "orders-noreply@contoso.com";
    private static final String SMTP_PASSWORD = "Noreply#Orders1";

    Session session() {
        Properties props = new Properties();
        props.put("mail.smtp.host", "smtp.office365.com");
        props.put("mail.smtp.port", "587");
        props.put("mail.smtp.starttls.enable", "true");
        props.put("mail.smtp.auth", "true");
        return Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(SMTP_USER, SMTP_PASSWORD);
            }
        });
    }

    String sendgridFallbackKey() {
        return "⟦sendgrid_api_key⟧";
    }
}
