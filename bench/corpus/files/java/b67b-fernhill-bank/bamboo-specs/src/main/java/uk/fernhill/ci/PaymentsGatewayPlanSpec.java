package uk.fernhill.ci;

import com.atlassian.bamboo.specs.api.BambooSpec;
import com.atlassian.bamboo.specs.api.builders.BambooKey;
import com.atlassian.bamboo.specs.api.builders.Variable;
import com.atlassian.bamboo.specs.api.builders.permission.PermissionType;
import com.atlassian.bamboo.specs.api.builders.permission.Permissions;
import com.atlassian.bamboo.specs.api.builders.permission.PlanPermissions;
import com.atlassian.bamboo.specs.api.builders.plan.Job;
import com.atlassian.bamboo.specs.api.builders.plan.Plan;
import com.atlassian.bamboo.specs.api.builders.plan.PlanIdentifier;
import com.atlassian.bamboo.specs.api.builders.plan.Stage;
import com.atlassian.bamboo.specs.api.builders.plan.artifact.Artifact;
import com.atlassian.bamboo.specs.api.builders.project.Project;
import com.atlassian.bamboo.specs.api.builders.repository.VcsRepositoryIdentifier;
import com.atlassian.bamboo.specs.builders.task.CheckoutItem;
import com.atlassian.bamboo.specs.builders.task.MavenTask;
import com.atlassian.bamboo.specs.builders.task.ScriptTask;
import com.atlassian.bamboo.specs.builders.task.VcsCheckoutTask;
import com.atlassian.bamboo.specs.builders.trigger.BitbucketServerTrigger;
import com.atlassian.bamboo.specs.util.BambooServer;
import com.atlassian.bamboo.specs.util.SimpleUserPasswordCredentials;

/**
 * Bamboo Specs for PAYGW-BUILD (payments gateway).
 *
 * Published by the "Specs scan" of the bamboo-specs repository, or locally with
 * {@code mvn -Ppublish-specs} which reads .credentials in the project root.
 */
@BambooSpec
public class PaymentsGatewayPlanSpec {

    private static final String BAMBOO_URL = "https://bamboo.fernhill.internal";

    public Plan plan() {
        return new Plan(new Project().key(new BambooKey("PAYGW")).name("Payments Gateway"),
                "Build", new BambooKey("BUILD"))
            .description("Build, test and publish the payments gateway (Java 17)")
            .linkedRepositories("payments-gateway")
            .variables(
                new Variable("artifactory.url", "https://artifactory.fernhill.internal/artifactory"),
                new Variable("artifactory.user", "svc-bamboo-publish"),
                // TODO(SECOPS-1193): password variables in Specs are stored in clear in git, move to
                //  a shared credential. Bamboo masks variables whose name contains "password".
                new Variable("artifactory.password", "⟦jfrog_reference_token:bamboo⟧"),
                new Variable("sonar.login", "⟦sonarqube_token:paygw⟧"),
                new Variable("fraud.sandbox.apikey", "⟦generic_api_key_alnum40:fraud⟧"),
                new Variable("maven.opts", "-Xmx2g"))
            .stages(new Stage("Build").jobs(
                new Job("Build and test", new BambooKey("JOB1"))
                    .tasks(
                        new VcsCheckoutTask().checkoutItems(new CheckoutItem().defaultRepository()),
                        new MavenTask()
                            .goal("clean verify -B -Dsonar.login=${bamboo.sonar.login}")
                            .jdk("JDK 17")
                            .executableLabel("Maven 3.9")
                            .hasTests(true),
                        new ScriptTask().inlineBody(
                            "mvn -B deploy -DskipTests "
                                + "-Dartifactory.username=${bamboo.artifactory.user} "
                                + "-Dartifactory.password=${bamboo.artifactory.password}"))
                    .artifacts(new Artifact("gateway-jar").copyPattern("target/*.jar").shared(true))))
            .triggers(new BitbucketServerTrigger());
    }

    public PlanPermissions permissions() {
        return new PlanPermissions(new PlanIdentifier("PAYGW", "BUILD"))
            .permissions(new Permissions()
                .groupPermissions("payments-devs", PermissionType.VIEW, PermissionType.BUILD)
                .groupPermissions("bamboo-admins", PermissionType.ADMIN));
    }

    public static void main(String... argv) {
        // credentials come from .credentials (username/password) in the working directory
        BambooServer bambooServer = new BambooServer(BAMBOO_URL);
        PaymentsGatewayPlanSpec spec = new PaymentsGatewayPlanSpec();
        bambooServer.publish(spec.plan());
        bambooServer.publish(spec.permissions());
    }
}
