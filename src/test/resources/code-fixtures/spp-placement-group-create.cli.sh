# Workspace prod-lon (lon04); the CLI acts on the targeted workspace
ibmcloud pi workspace target 'crn:v1:bluemix:public:power-iaas:lon04:a/a1b2c3d4e5f60718293a4b5c6d7e8f90:7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70::'
ibmcloud pi shared-processor-pool placement-group create sap_apart --policy anti-affinity
