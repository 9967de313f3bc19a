// TiesReports on Azure: a Flex Consumption Function App with identity-only access to its storage and its secrets.
// Deployed with `azd up` (azure.yaml at the repository root); no key, connection string or secret value anywhere.
// Read line by line against Azure-Samples/functions-quickstart-dotnet-azd (infra/main.bicep, infra/app/api.bicep)
// and Azure-Samples/azure-functions-flex-consumption-samples (IaC/bicep); where this differs, a comment says why.
// tests/TiesReports.Tests/Infra/FlexConsumptionRules.json lists what Flex Consumption rejects and requires.
targetScope = 'subscription'

@minLength(1)
@maxLength(40)
@description('Name of the environment (azd env name); used to name and tag every resource.')
param environmentName string

// Regions that offer Flex Consumption, as listed by functions-quickstart-dotnet-azd; its canary region
// (eastus2euap) is left out because ordinary subscriptions cannot deploy there. Check .NET 10 in a region with
// `az functionapp list-flexconsumption-runtimes --location <region> --runtime dotnet-isolated`.
@minLength(1)
@description('Azure region for all resources. Only regions that offer the Flex Consumption plan.')
@allowed([
  'australiaeast'
  'centralindia'
  'centralus'
  'eastasia'
  'eastus'
  'eastus2'
  'francecentral'
  'germanywestcentral'
  'northcentralus'
  'northeurope'
  'southcentralus'
  'southeastasia'
  'swedencentral'
  'uksouth'
  'westcentralus'
  'westeurope'
  'westus2'
])
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Monthly brief schedule (NCRONTAB, UTC). Default: 06:00 on the first day of each month.')
param monthlyBriefSchedule string = '0 0 6 1 * *'

// 40 is the lowest maximum the Flex Consumption samples accept (IaC/bicep/main.bicep); 1000 is the plan's ceiling.
@minValue(40)
@maxValue(1000)
@description('Most instances the app may scale out to (40 to 1000).')
param maximumInstanceCount int = 100

@allowed([
  512
  2048
  4096
])
@description('Memory per instance, in MB (the sizes Flex Consumption offers).')
param instanceMemoryMB int = 2048

@description('Object id of a user or group to grant data and secret access for seeding and operations (optional; azd sets AZURE_PRINCIPAL_ID).')
param principalId string = ''

@description('SMTP server for e-mail delivery (empty: no e-mail channel).')
param smtpHost string = ''

@minValue(1)
@maxValue(65535)
@description('SMTP port (587: submission with STARTTLS).')
param smtpPort int = 587

@description('SMTP user name.')
param smtpUserName string = ''

@description('Sender address of delivery e-mails.')
param smtpFrom string = ''

@secure()
@description('SMTP password. Stored only as a Key Vault secret; empty leaves the secret as it is (set it out of band).')
param smtpPassword string = ''

@secure()
@description('Key that signs one-click unsubscribe links. Stored only as a Key Vault secret; empty leaves the secret as it is.')
param unsubscribeSigningKey string = ''

@description('Public base URL for links in deliveries (empty: the function app\'s own https URL).')
param deliveryPublicBaseUrl string = ''

@minValue(1)
@description('Consecutive failed months after which a subscription is paused.')
param pauseAfterFailedMonths int = 3

var tags = {
  'azd-env-name': environmentName
  application: 'ties-reports'
}
var token = toLower(uniqueString(subscription().id, environmentName, location))

resource group 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module app 'modules/app.bicep' = {
  name: 'ties-reports-app'
  scope: group
  params: {
    location: location
    tags: tags
    token: token
    monthlyBriefSchedule: monthlyBriefSchedule
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    principalId: principalId
    smtpHost: smtpHost
    smtpPort: smtpPort
    smtpUserName: smtpUserName
    smtpFrom: smtpFrom
    smtpPassword: smtpPassword
    unsubscribeSigningKey: unsubscribeSigningKey
    deliveryPublicBaseUrl: deliveryPublicBaseUrl
    pauseAfterFailedMonths: pauseAfterFailedMonths
  }
}

output AZURE_RESOURCE_GROUP string = group.name
output AZURE_FUNCTION_APP_NAME string = app.outputs.functionAppName
output AZURE_FUNCTION_APP_URL string = app.outputs.functionAppUrl
output AZURE_STORAGE_ACCOUNT_NAME string = app.outputs.storageAccountName
output AZURE_KEY_VAULT_NAME string = app.outputs.keyVaultName
