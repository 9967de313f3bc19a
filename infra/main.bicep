// TiesReports on Azure: a Flex Consumption Function App with identity-only access to its storage.
// Deployed with `azd up` (azure.yaml at the repository root); no key or connection string anywhere.
targetScope = 'subscription'

@minLength(1)
@maxLength(40)
@description('Name of the environment (azd env name); used to name and tag every resource.')
param environmentName string

@minLength(1)
@description('Azure region for all resources. Must offer the Flex Consumption plan.')
param location string

@description('Monthly brief schedule (NCRONTAB, UTC). Default: 06:00 on the first day of each month.')
param monthlyBriefSchedule string = '0 0 6 1 * *'

@minValue(1)
@maxValue(1000)
@description('Most instances the app may scale out to.')
param maximumInstanceCount int = 100

@allowed([
  512
  2048
  4096
])
@description('Memory per instance, in MB.')
param instanceMemoryMB int = 2048

@description('Object id of a user or group to grant data access for seeding (optional; azd sets AZURE_PRINCIPAL_ID).')
param principalId string = ''

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
  }
}

output AZURE_RESOURCE_GROUP string = group.name
output AZURE_FUNCTION_APP_NAME string = app.outputs.functionAppName
output AZURE_FUNCTION_APP_URL string = app.outputs.functionAppUrl
output AZURE_STORAGE_ACCOUNT_NAME string = app.outputs.storageAccountName
