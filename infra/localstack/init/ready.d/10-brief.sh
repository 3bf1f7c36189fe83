#!/usr/bin/env bash
# Runs inside the LocalStack container when it is ready: deploys Brief as template.yaml does.
set -euo pipefail
region=us-east-1
account=000000000000
bucket=brief-articles
table=brief-results
endpoint=http://localhost.localstack.cloud:4566
handler=dev.brief.handler.StreamHandler::handleRequest

awslocal s3 mb "s3://$bucket"
awslocal s3api put-bucket-versioning --bucket "$bucket" --versioning-configuration Status=Enabled

# Keys and indexes as dev.brief.aws.Table declares them.
awslocal dynamodb create-table --table-name "$table" --billing-mode PAY_PER_REQUEST \
  --attribute-definitions AttributeName=pk,AttributeType=S AttributeName=sk,AttributeType=S \
    AttributeName=gsi1pk,AttributeType=S AttributeName=gsi1sk,AttributeType=S \
    AttributeName=gsi2pk,AttributeType=S AttributeName=gsi2sk,AttributeType=S \
    AttributeName=gsi3pk,AttributeType=S AttributeName=gsi3sk,AttributeType=S \
  --key-schema AttributeName=pk,KeyType=HASH AttributeName=sk,KeyType=RANGE \
  --global-secondary-indexes \
    'IndexName=byTime,KeySchema=[{AttributeName=gsi1pk,KeyType=HASH},{AttributeName=gsi1sk,KeyType=RANGE}],Projection={ProjectionType=ALL}' \
    'IndexName=byParty,KeySchema=[{AttributeName=gsi2pk,KeyType=HASH},{AttributeName=gsi2sk,KeyType=RANGE}],Projection={ProjectionType=ALL}' \
    'IndexName=byIssue,KeySchema=[{AttributeName=gsi3pk,KeyType=HASH},{AttributeName=gsi3sk,KeyType=RANGE}],Projection={ProjectionType=ALL}'

env_for() {
  echo "Variables={QUARKUS_LAMBDA_HANDLER=$1,BRIEF_TABLE_NAME=$table,BRIEF_S3_ENDPOINT=$endpoint,BRIEF_DYNAMODB_ENDPOINT=$endpoint,JAVA_TOOL_OPTIONS=-XX:TieredStopAtLevel=1}"
}
for fn in ingest query; do
  awslocal lambda create-function --function-name "brief-$fn" --runtime java21 --handler "$handler" \
    --zip-file fileb:///etc/brief/function.zip --role "arn:aws:iam::$account:role/brief-$fn" \
    --timeout 60 --memory-size 1024 --environment "$(env_for "$fn")"
  awslocal lambda wait function-active-v2 --function-name "brief-$fn"
done

awslocal s3api put-bucket-notification-configuration --bucket "$bucket" --notification-configuration \
  "{\"LambdaFunctionConfigurations\":[{\"LambdaFunctionArn\":\"arn:aws:lambda:$region:$account:function:brief-ingest\",\"Events\":[\"s3:ObjectCreated:*\",\"s3:ObjectRemoved:*\"]}]}"

# HTTP API, payload 2.0, every route to the query function (quick create).
api_id=$(awslocal apigatewayv2 create-api --name brief --protocol-type HTTP \
  --target "arn:aws:lambda:$region:$account:function:brief-query" --query ApiId --output text)
echo "$api_id" > /tmp/brief-api-id
echo "brief: deployed; API http://$api_id.execute-api.localhost.localstack.cloud:4566"
