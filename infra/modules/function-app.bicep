// The Function App on the Flex Consumption plan (Linux, dotnet-isolated 10.0). Storage, the package, telemetry
// and Key Vault references are all reached with the user-assigned identity.
//
// Compared with functions-quickstart-dotnet-azd (infra/app/api.bicep) and azure-functions-flex-consumption-samples
// (IaC/bicep/core/host/function.bicep):
// - siteConfig holds only appSettings. Flex rejects most siteConfig properties (ftpsState, alwaysOn,
//   linuxFxVersion, netFrameworkVersion, use32BitWorkerProcess, …; "Flex Consumption plan deprecations" in the
//   app settings reference). FTP does not exist on Flex, and TLS 1.2 is the platform's minimum already.
// - Runtime, scale and the package live in functionAppConfig; no FUNCTIONS_WORKER_RUNTIME,
//   FUNCTIONS_EXTENSION_VERSION, WEBSITE_RUN_FROM_PACKAGE or WEBSITE_CONTENT* settings.
// - Host storage is named by AzureWebJobsStorage__accountName (as IaC/bicep does) rather than one
//   __blobServiceUri/__queueServiceUri/__tableServiceUri per service (as api.bicep does): the host then
//   derives all three endpoints, and the app reads the same setting for its blobs, queues and tables.
// - Deliberately added: httpsOnly, keyVaultReferenceIdentity (the samples have no secrets) and the app's own
//   settings. Linux app setting names cannot hold ':', so the app's "Delivery:X" keys are written "Delivery__X".
param planName string
param appName string
param location string
param tags object
param identityId string
param identityClientId string
param storageAccountName string
param blobEndpoint string
param deploymentContainer string
param insightsConnectionString string
param monthlyBriefSchedule string
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int
param keyVaultName string
param smtpPasswordSecretName string
param unsubscribeSigningKeySecretName string
param deliveriesQueue string
param subscriptionsTable string
param receiptsTable string
param smtpHost string
param smtpPort int
param smtpUserName string
param smtpFrom string
param deliveryPublicBaseUrl string
param pauseAfterFailedMonths int

// The site cannot read its own defaultHostName inside its own definition; without a custom domain or a
// generated domain label it is <app>.azurewebsites.net.
var publicBaseUrl = empty(deliveryPublicBaseUrl) ? 'https://${appName}.azurewebsites.net' : deliveryPublicBaseUrl

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  tags: union(tags, {
    'azd-service-name': 'api'
  })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${blobEndpoint}${deploymentContainer}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
    siteConfig: {
      appSettings: [
        {
          name: 'AzureWebJobsStorage__accountName'
          value: storageAccountName
        }
        {
          name: 'AzureWebJobsStorage__credential'
          value: 'managedidentity'
        }
        {
          name: 'AzureWebJobsStorage__clientId'
          value: identityClientId
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: insightsConnectionString
        }
        {
          name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING'
          value: 'ClientId=${identityClientId};Authorization=AAD'
        }
        {
          name: 'MonthlyBriefSchedule'
          value: monthlyBriefSchedule
        }
        {
          name: 'BriefJobsQueue'
          value: 'brief-jobs'
        }
        {
          name: 'DataChangesQueue'
          value: 'data-changes'
        }
        {
          name: 'DataContainer'
          value: 'data'
        }
        {
          name: 'BriefsContainer'
          value: 'briefs'
        }
        {
          name: 'DeliveriesQueue'
          value: deliveriesQueue
        }
        {
          name: 'Delivery__SubscriptionsTable'
          value: subscriptionsTable
        }
        {
          name: 'Delivery__ReceiptsTable'
          value: receiptsTable
        }
        {
          // Webhook targets on private, loopback or metadata addresses are refused in Azure, always.
          name: 'Delivery__AllowPrivateTargets'
          value: 'false'
        }
        {
          name: 'Delivery__PauseAfterFailedMonths'
          value: string(pauseAfterFailedMonths)
        }
        {
          name: 'Delivery__PublicBaseUrl'
          value: publicBaseUrl
        }
        {
          // Versionless Key Vault references, resolved with keyVaultReferenceIdentity: the latest version of
          // each secret reaches the app; its value never appears in settings or templates.
          name: 'Delivery__UnsubscribeSigningKey'
          value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${unsubscribeSigningKeySecretName})'
        }
        {
          name: 'Smtp__Host'
          value: smtpHost
        }
        {
          name: 'Smtp__Port'
          value: string(smtpPort)
        }
        {
          name: 'Smtp__UserName'
          value: smtpUserName
        }
        {
          name: 'Smtp__Password'
          value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${smtpPasswordSecretName})'
        }
        {
          name: 'Smtp__From'
          value: smtpFrom
        }
      ]
    }
  }
}

output name string = app.name
output url string = 'https://${app.properties.defaultHostName}'
