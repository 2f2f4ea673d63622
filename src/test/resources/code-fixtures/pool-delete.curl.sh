# Workspace prod-lon (lon04). Set IAM_TOKEN to an IAM access token first (ibmcloud iam oauth-tokens, without 'Bearer ')
curl -sS -X DELETE 'https://lon.power-iaas.cloud.ibm.com/pcloud/v1/cloud-instances/7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70/shared-processor-pools/5a7c9e1b-3d5f-4b7d-9f1b-3d5f7b9d1f3a' \
  -H "Authorization: Bearer $IAM_TOKEN" \
  -H 'CRN: crn:v1:bluemix:public:power-iaas:lon04:a/a1b2c3d4e5f60718293a4b5c6d7e8f90:7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70::'
