# Workspace prod-lon (lon04); the CLI acts on the targeted workspace
ibmcloud pi workspace target 'crn:v1:bluemix:public:power-iaas:lon04:a/a1b2c3d4e5f60718293a4b5c6d7e8f90:7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70::'
# Placement group web-spread
# Server web-01
ibmcloud pi placement-group server-add 7b9d1f3a-5c7e-4d9f-b1a3-5c7e9d1f3b5c --server 8f3c2a1e-6b4d-4c9e-a7f2-1d5e9b3c8a60
