# Workspace prod-lon (lon04); the CLI acts on the targeted workspace
ibmcloud pi workspace target 'crn:v1:bluemix:public:power-iaas:lon04:a/a1b2c3d4e5f60718293a4b5c6d7e8f90:7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70::'
# Server web-01
# Network app-net
ibmcloud pi network-interface create web-01-app-net --network-id 4b6d8f0a-2c4e-4a6c-8e0a-2c4e6a8c0e2a
# Then attach it to the server: set NI_ID=<id> with the id the create printed
ibmcloud pi network-interface update "$NI_ID" --network-id 4b6d8f0a-2c4e-4a6c-8e0a-2c4e6a8c0e2a --instance-id 8f3c2a1e-6b4d-4c9e-a7f2-1d5e9b3c8a60
