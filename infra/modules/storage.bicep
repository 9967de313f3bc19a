// Storage for data, briefs, the job and delivery queues, the delivery tables and the app package. Shared-key
// access is off: every client authenticates with Microsoft Entra ID.
param name string
param location string
param tags object

var dataContainer = 'data'
var briefsContainer = 'briefs'
var deploymentContainer = 'app-package'
var jobsQueue = 'brief-jobs'
var dataChangesQueue = 'data-changes'
var deliveriesQueue = 'deliveries'
var subscriptionsTable = 'subscriptions'
var receiptsTable = 'deliveryreceipts'

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    accessTier: 'Hot'
    encryption: {
      keySource: 'Microsoft.Storage'
      services: {
        blob: {
          enabled: true
        }
        queue: {
          enabled: true
          keyType: 'Account'
        }
      }
    }
  }
}

resource blobs 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
  properties: {
    deleteRetentionPolicy: {
      enabled: true
      days: 7
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: 7
    }
  }
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = [for container in [dataContainer, briefsContainer, deploymentContainer]: {
  parent: blobs
  name: container
  properties: {
    publicAccess: 'None'
  }
}]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = [for queue in [jobsQueue, '${jobsQueue}-poison', dataChangesQueue, deliveriesQueue, '${deliveriesQueue}-poison']: {
  parent: queueService
  name: queue
}]

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [for table in [subscriptionsTable, receiptsTable]: {
  parent: tableService
  name: table
}]

output name string = account.name
output blobEndpoint string = account.properties.primaryEndpoints.blob
output dataContainer string = dataContainer
output briefsContainer string = briefsContainer
output deploymentContainer string = deploymentContainer
output jobsQueue string = jobsQueue
output dataChangesQueue string = dataChangesQueue
output deliveriesQueue string = deliveriesQueue
output subscriptionsTable string = subscriptionsTable
output receiptsTable string = receiptsTable
