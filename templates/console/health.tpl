{{%AUTOESCAPE context="HTML"}}
{{! 网站健康检查: TODAY ITEMS_CHECKED LINKS_CHECKED VETOES NEAR WARNINGS; HAS_VETOES; CLEAN;
    EXTERNAL_LINKED EXTERNAL_CHECKED EXTERNAL_BROKEN; EXTERNAL_LATEST (EXTERNAL_LAST); EXTERNAL_NEVER; EXTERNAL_OFF;
    FINDINGS (SEVERITY SEVERITY_CODE BADGE MESSAGE; LINK (URL)), vetoes first. }}
<header class="page-header"><h1>网站健康检查</h1></header>
<p>按《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）检查本站：首页和栏目更新、空白栏目、留言答复，以及已发布信息中的失效链接、缺失附件、元数据和政策解读。检查日期 {{TODAY}}，检查信息 {{ITEMS_CHECKED}} 条、站内链接 {{LINKS_CHECKED}} 个。<a href="/console/health/columns">设置栏目更新要求</a></p>
<p id="health-external">外部链接：已检查 {{EXTERNAL_CHECKED}} 个，无法访问 {{EXTERNAL_BROKEN}} 个，{{#EXTERNAL_LATEST}}最近检查时间 {{EXTERNAL_LAST}}{{/EXTERNAL_LATEST}}{{#EXTERNAL_NEVER}}尚未检查{{/EXTERNAL_NEVER}}（已发布信息中共有 {{EXTERNAL_LINKED}} 个外部链接，由服务在后台逐个检查，连续两次无法访问才列为问题）。{{#EXTERNAL_OFF}}外部链接检查未启用（配置项 external_links.enabled）。{{/EXTERNAL_OFF}}</p>
<div class="grid grid-3 app-counts">
<p><span class="stat" id="health-vetoes">{{VETOES}}</span> 单项否决</p>
<p><span class="stat" id="health-near">{{NEAR}}</span> 即将否决</p>
<p><span class="stat" id="health-warnings">{{WARNINGS}}</span> 提示</p>
</div>
{{#HAS_VETOES}}<p class="alert alert-error" role="alert">存在单项否决问题：政府网站检查中任一项即判定为不合格，请立即处理。</p>{{/HAS_VETOES}}
{{#CLEAN}}<p class="alert alert-success">未发现问题。</p>{{/CLEAN}}
<ul class="health-findings">
{{#FINDINGS}}<li class="health-{{SEVERITY_CODE}}"><span class="badge {{BADGE}}">{{SEVERITY}}</span> {{MESSAGE}}{{#LINK}} <a href="{{URL}}">去处理</a>{{/LINK}}</li>
{{/FINDINGS}}
</ul>
