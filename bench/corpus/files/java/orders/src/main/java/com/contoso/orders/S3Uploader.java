package com.contoso.orders;

import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.regions.Regions;
import com.amazonaws.services.s3.AmazonS3;
import com.amazonaws.services.s3.AmazonS3ClientBuilder;
import java.io.File;

public class S3Uploader {
    private final AmazonS3 s3;

    public S3Uploader() {
        BasicAWSCredentials creds = new BasicAWSCredentials(
            "AKIA" + "⟦aws_access_key_id:up|slice=4-⟧",
            "⟦aws_secret_access_key:up⟧");
        this.s3 = AmazonS3ClientBuilder.standard()
            .withCredentials(new AWSStaticCredentialsProvider(creds))
            .withRegion(Regions.EU_WEST_1)
            .build();
    }

    public void upload(String bucket, String key, File file) {
        s3.putObject(bucket, key, file);
    }
}
