// Everything in the resource group, wired together.
param location string
param tags object
param token string
param monthlyBriefSchedule string
param maximumInstanceCount int
param instanceMemoryMB int
param principalId string

var names = {
  storage: 'stties${token}'
  identity: 'id-ties-${token}'
  workspace: 'log-ties-${token}'
  insights: 'appi-ties-${token}'
  plan: 'plan-ties-${token}'
  app: 'func-ties-${token}'
}

module identity 'identity.bicep' = {
  name: 'identity'
  params: {
    name: names.identity
    location: location
    tags: tags
  }
}

module storage 'storage.bicep' = {
  name: 'storage'
  params: {
    name: names.storage
    location: location
    tags: tags
  }
}

module access 'storage-access.bicep' = {
  name: 'storage-access'
  params: {
    storageAccountName: storage.outputs.name
    appPrincipalId: identity.outputs.principalId
    operatorPrincipalId: principalId
  }
}

module monitoring 'monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: names.workspace
    insightsName: names.insights
    location: location
    tags: tags
    publisherPrincipalId: identity.outputs.principalId
  }
}

module functionApp 'function-app.bicep' = {
  name: 'function-app'
  params: {
    planName: names.plan
    appName: names.app
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    blobEndpoint: storage.outputs.blobEndpoint
    deploymentContainer: storage.outputs.deploymentContainer
    insightsConnectionString: monitoring.outputs.connectionString
    monthlyBriefSchedule: monthlyBriefSchedule
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
  }
  dependsOn: [
    access
  ]
}

module dataEvents 'data-events.bicep' = {
  name: 'data-events'
  params: {
    storageAccountName: storage.outputs.name
    location: location
    tags: tags
    dataContainer: storage.outputs.dataContainer
    queueName: storage.outputs.dataChangesQueue
  }
}

output functionAppName string = functionApp.outputs.name
output functionAppUrl string = functionApp.outputs.url
output storageAccountName string = storage.outputs.name
