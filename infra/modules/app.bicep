// Everything in the resource group, wired together.
param location string
param tags object
param token string
param monthlyBriefSchedule string
param maximumInstanceCount int
param instanceMemoryMB int
param principalId string
param smtpHost string
param smtpPort int
param smtpUserName string
param smtpFrom string
@secure()
param smtpPassword string
@secure()
param unsubscribeSigningKey string
param deliveryPublicBaseUrl string
param pauseAfterFailedMonths int

var names = {
  storage: 'stties${token}'
  identity: 'id-ties-${token}'
  workspace: 'log-ties-${token}'
  insights: 'appi-ties-${token}'
  plan: 'plan-ties-${token}'
  app: 'func-ties-${token}'
  vault: 'kv-ties-${token}'
  smtpPasswordSecret: 'smtp-password'
  unsubscribeSigningKeySecret: 'unsubscribe-signing-key'
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

module secrets 'key-vault.bicep' = {
  name: 'key-vault'
  params: {
    name: names.vault
    location: location
    tags: tags
    readerPrincipalId: identity.outputs.principalId
    operatorPrincipalId: principalId
    smtpPasswordSecretName: names.smtpPasswordSecret
    unsubscribeSigningKeySecretName: names.unsubscribeSigningKeySecret
    smtpPassword: smtpPassword
    unsubscribeSigningKey: unsubscribeSigningKey
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
    keyVaultName: secrets.outputs.name
    smtpPasswordSecretName: names.smtpPasswordSecret
    unsubscribeSigningKeySecretName: names.unsubscribeSigningKeySecret
    deliveriesQueue: storage.outputs.deliveriesQueue
    subscriptionsTable: storage.outputs.subscriptionsTable
    receiptsTable: storage.outputs.receiptsTable
    smtpHost: smtpHost
    smtpPort: smtpPort
    smtpUserName: smtpUserName
    smtpFrom: smtpFrom
    deliveryPublicBaseUrl: deliveryPublicBaseUrl
    pauseAfterFailedMonths: pauseAfterFailedMonths
  }
  // The host reads its storage and resolves Key Vault references at start-up: the roles must exist first.
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
output keyVaultName string = secrets.outputs.name
