# Workspace prod-lon (lon04); the CLI acts on the targeted workspace
ibmcloud pi workspace target 'crn:v1:bluemix:public:power-iaas:lon04:a/a1b2c3d4e5f60718293a4b5c6d7e8f90:7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70::'
# Server web-01
# Network app-net
# Detach the interface from the server (an empty instance id), then delete it
ibmcloud pi network-interface update 6e8a0c2e-4a6c-4e8a-0c2e-4a6c8e0a2c4e --network-id 4b6d8f0a-2c4e-4a6c-8e0a-2c4e6a8c0e2a --instance-id ''
ibmcloud pi network-interface delete 6e8a0c2e-4a6c-4e8a-0c2e-4a6c8e0a2c4e --network-id 4b6d8f0a-2c4e-4a6c-8e0a-2c4e6a8c0e2a
