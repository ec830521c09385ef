package com.halvorsenrail.gateway.mq;

import javax.jms.JMSException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import com.ibm.mq.jms.MQConnectionFactory;
import com.ibm.msg.client.jms.JmsConnectionFactory;
import com.ibm.msg.client.jms.JmsFactoryFactory;
import com.ibm.msg.client.wmq.WMQConstants;

/**
 * Local profile: connect straight to the developer queue manager (docker-compose.mq-dev.yml)
 * without a CCDT. Production uses the starter's auto-configuration from application.properties.
 */
@Configuration
@Profile("local")
public class MqConfig {

    @Value("${MQ_HOST:localhost}")
    private String host;

    @Value("${MQ_PORT:1414}")
    private int port;

    @Bean
    public JmsConnectionFactory localConnectionFactory() throws JMSException {
        JmsFactoryFactory ff = JmsFactoryFactory.getInstance(WMQConstants.WMQ_PROVIDER);
        JmsConnectionFactory cf = ff.createConnectionFactory();
        cf.setStringProperty(WMQConstants.WMQ_HOST_NAME, host);
        cf.setIntProperty(WMQConstants.WMQ_PORT, port);
        cf.setStringProperty(WMQConstants.WMQ_CHANNEL, "DEV.APP.SVRCONN");
        cf.setIntProperty(WMQConstants.WMQ_CONNECTION_MODE, WMQConstants.WMQ_CM_CLIENT);
        cf.setStringProperty(WMQConstants.WMQ_QUEUE_MANAGER, "QM1");
        cf.setStringProperty(WMQConstants.WMQ_APPLICATIONNAME, "car-hire-gateway-local");
        cf.setBooleanProperty(WMQConstants.USER_AUTHENTICATION_MQCSP, true);
        cf.setStringProperty(WMQConstants.USERID, "app");
        // same as MQ_APP_PASSWORD in docker-compose.mq-dev.yml
        cf.setStringProperty(WMQConstants.PASSWORD, "Wagon-Dev-1414");
        return cf;
    }

    /** Staging shares the UAT queue manager with the waybill team. */
    @Bean
    @Profile("staging")
    public MQConnectionFactory stagingConnectionFactory() throws JMSException {
        MQConnectionFactory cf = new MQConnectionFactory();
        cf.setHostName("hrqm-uat.mq.halvorsenrail.com");
        cf.setPort(1414);
        cf.setQueueManager("HRQMU1");
        cf.setChannel("HR.APP.SVRCONN");
        cf.setTransportType(WMQConstants.WMQ_CM_CLIENT);
        cf.setStringProperty(WMQConstants.USERID, "svc-carhire-uat");
        cf.setStringProperty(WMQConstants.PASSWORD, "⟦password:mquat⟧");
        return cf;
    }
}
