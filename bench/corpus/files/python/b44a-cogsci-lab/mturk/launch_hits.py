"""Post the recall task as HITs on Mechanical Turk (still used for the US sample).

    python mturk/launch_hits.py --sandbox          # test on workersandbox.mturk.com
    python mturk/launch_hits.py --assignments 200  # live
"""
import argparse

import boto3

# IAM user "ashdown-mturk" in the lab's AWS account (requester account is linked to it)
AWS_ACCESS_KEY_ID = "⟦aws_access_key_id:mturk⟧"
AWS_SECRET_ACCESS_KEY = "⟦aws_secret_access_key:mturk⟧"

SANDBOX = "https://mturk-requester-sandbox.us-east-1.amazonaws.com"
LIVE = "https://mturk-requester.us-east-1.amazonaws.com"

QUESTION = open("mturk/external_question.xml").read()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sandbox", action="store_true")
    ap.add_argument("--assignments", type=int, default=9)
    a = ap.parse_args()

    mturk = boto3.client(
        "mturk",
        aws_access_key_id=AWS_ACCESS_KEY_ID,
        aws_secret_access_key=AWS_SECRET_ACCESS_KEY,
        region_name="us-east-1",
        endpoint_url=SANDBOX if a.sandbox else LIVE,
    )
    print("balance:", mturk.get_account_balance()["AvailableBalance"])
    hit = mturk.create_hit(
        Title="Word list memory task (15 minutes)",
        Description="Memorise and recall short word lists. Desktop only.",
        Keywords="memory, psychology, research",
        Reward="3.00",
        MaxAssignments=a.assignments,
        LifetimeInSeconds=3 * 24 * 3600,
        AssignmentDurationInSeconds=45 * 60,
        AutoApprovalDelayInSeconds=2 * 24 * 3600,
        Question=QUESTION,
        QualificationRequirements=[
            {"QualificationTypeId": "00000000000000000071", "Comparator": "EqualTo", "LocaleValues": [{"Country": "US"}]},
            {"QualificationTypeId": "000000000000000000L0", "Comparator": "GreaterThanOrEqualTo", "IntegerValues": [98]},
        ],
    )
    print("HIT", hit["HIT"]["HITId"], "group", hit["HIT"]["HITGroupId"])


if __name__ == "__main__":
    main()
