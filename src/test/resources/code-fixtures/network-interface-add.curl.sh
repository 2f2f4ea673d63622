# Workspace prod-lon (lon04). Set IAM_TOKEN to an IAM access token first (ibmcloud iam oauth-tokens, without 'Bearer ')
# 2 requests, in the order the console sends them; the second takes the new interface's id from the first answer (needs jq)
NI_ID=$(curl -sS -X POST 'https://lon.power-iaas.cloud.ibm.com/v1/networks/4b6d8f0a-2c4e-4a6c-8e0a-2c4e6a8c0e2a/network-interfaces' \
  -H "Authorization: Bearer $IAM_TOKEN" \
  -H 'CRN: crn:v1:bluemix:public:power-iaas:lon04:a/a1b2c3d4e5f60718293a4b5c6d7e8f90:7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70::' \
  -H 'Content-Type: application/json' \
  --data-binary '{"name":"web-01-app-net"}' | jq -er .id) &&
curl -sS -X PUT 'https://lon.power-iaas.cloud.ibm.com/v1/networks/4b6d8f0a-2c4e-4a6c-8e0a-2c4e6a8c0e2a/network-interfaces/'"$NI_ID" \
  -H "Authorization: Bearer $IAM_TOKEN" \
  -H 'CRN: crn:v1:bluemix:public:power-iaas:lon04:a/a1b2c3d4e5f60718293a4b5c6d7e8f90:7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70::' \
  -H 'Content-Type: application/json' \
  --data-binary '{"instanceID":"8f3c2a1e-6b4d-4c9e-a7f2-1d5e9b3c8a60"}'
