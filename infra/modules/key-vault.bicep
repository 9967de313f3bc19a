// The app's secrets (SMTP password, unsubscribe signing key) in a Key Vault with Azure RBAC only (no access
// policies). The app reads them through Key Vault references with its user-assigned identity; the values never
// appear in app settings, templates or outputs. An empty parameter writes nothing, so a value set out of band
// (`az keyvault secret set`) survives every later `azd provision`.
param name string
param location string
param tags object
param readerPrincipalId string
param operatorPrincipalId string
param smtpPasswordSecretName string
param unsubscribeSigningKeySecretName string
@secure()
param smtpPassword string
@secure()
param unsubscribeSigningKey string

var roles = {
  secretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  secretsOfficer: 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'
}

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    // The shortest retention, so that `azd down --purge` and a fresh `azd up` are not blocked for long.
    softDeleteRetentionInDays: 7
    // The Flex app runs without a virtual network here, so it reaches the vault's public endpoint; RBAC guards it.
    publicNetworkAccess: 'Enabled'
  }
}

resource smtpPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = if (!empty(smtpPassword)) {
  parent: vault
  name: smtpPasswordSecretName
  properties: {
    value: smtpPassword
  }
}

resource unsubscribeSigningKeySecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = if (!empty(unsubscribeSigningKey)) {
  parent: vault
  name: unsubscribeSigningKeySecretName
  properties: {
    value: unsubscribeSigningKey
  }
}

// Read-only access to secret values on this vault only; the vault holds nothing but this app's secrets.
resource reader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, readerPrincipalId, roles.secretsUser)
  properties: {
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.secretsUser)
  }
}

// The operator who runs azd may set and rotate the secrets out of band.
resource operator 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(operatorPrincipalId)) {
  scope: vault
  name: guid(vault.id, operatorPrincipalId, roles.secretsOfficer)
  properties: {
    principalId: operatorPrincipalId
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.secretsOfficer)
  }
}

output name string = vault.name
