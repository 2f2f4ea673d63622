# Workspace prod-lon (lon04). Set IAM_TOKEN to an IAM access token first (ibmcloud iam oauth-tokens, without 'Bearer ')
curl -sS -X GET 'https://lon.power-iaas.cloud.ibm.com/v1/networks/4b6d8f0a-2c4e-4a6c-8e0a-2c4e6a8c0e2a/network-interfaces/6e8a0c2e-4a6c-4e8a-0c2e-4a6c8e0a2c4e' \
  -H "Authorization: Bearer $IAM_TOKEN" \
  -H 'CRN: crn:v1:bluemix:public:power-iaas:lon04:a/a1b2c3d4e5f60718293a4b5c6d7e8f90:7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70::'
