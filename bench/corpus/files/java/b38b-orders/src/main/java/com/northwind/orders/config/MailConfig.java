package com.northwind.orders.config;

import com.sendgrid.SendGrid;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.ldap.core.support.LdapContextSource;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.util.Properties;

@Configuration
public class MailConfig {

    private static final String SMTP_USER = "orders@northwind.example";

    @Bean
    public JavaMailSenderImpl mailSender() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("smtp.northwind.example");
        sender.setPort(587);
        sender.setUsername(SMTP_USER);
        sender.setPassword("Orders-Mail-2023");
        Properties props = sender.getJavaMailProperties();
        props.put("mail.smtp.auth", "true");
        props.put("mail.smtp.starttls.enable", "true");
        return sender;
    }

    @Bean
    public SendGrid sendGrid() {
        // marketing mails go through SendGrid; transactional ones through our relay above
        return new SendGrid("SG." + "⟦sendgrid_api_key:mkt|slice=3-⟧");
    }

    @Bean
    public LdapContextSource contextSource() {
        LdapContextSource ctx = new LdapContextSource();
        ctx.setUrl("ldaps://ldap.corp.northwind.example:636");
        ctx.setBase("dc=corp,dc=northwind,dc=example");
        ctx.setUserDn("cn=svc-orders,ou=services,dc=corp,dc=northwind,dc=example");
        ctx.setPassword(new String(new char[] {'S', 'v', 'c', '-', 'O', 'r', 'd', '3', 'r', 's', '!', '9'}));
        return ctx;
    }
}
