# Workspace prod-lon (lon04); the CLI acts on the targeted workspace
ibmcloud pi workspace target 'crn:v1:bluemix:public:power-iaas:lon04:a/a1b2c3d4e5f60718293a4b5c6d7e8f90:7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70::'
printf '%s' '#cloud-config
packages:
  - httpd
' > user-data.txt
ibmcloud pi instance create web-01 \
  --image 2f3a6b8c-0d1e-4f2a-b3c4-d5e6f7a8b9c0 \
  --subnets '4b6d8f0a-2c4e-4a6c-8e0a-2c4e6a8c0e2a 192.168.10.20' \
  --processors 0.5 \
  --processor-type shared \
  --memory 8 \
  --sys-type s1022 \
  --key-name 'ops key' \
  --storage-tier tier3 \
  --user-data '@user-data.txt' \
  --user-tags 'env:prod,team:web'
