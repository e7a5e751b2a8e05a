{{%AUTOESCAPE context="HTML"}}
{{! A company's results across 监督抽查 notices: COMPANY COMPANY_ENC; the filter (ANY_RESULT ONLY_FAILED ONLY_PASSED); RESULTS. }}
<nav class="breadcrumb" aria-label="当前位置"><a href="/">首页</a> / <a href="/sampling">监督抽查</a> / <span aria-current="page">{{COMPANY}}</span></nav>
<header class="page-header"><h1>{{COMPANY}}</h1>
<p class="lead">该企业作为标称生产企业或被抽样单位，在本机关各期监督抽查通告中的全部结果。</p></header>
<nav class="tabs" aria-label="检验结果"><ul>
<li><a href="/sampling/company?name={{COMPANY_ENC}}"{{#ANY_RESULT}} aria-current="page"{{/ANY_RESULT}}>全部</a></li>
<li><a href="/sampling/company?name={{COMPANY_ENC}}&amp;result=fail"{{#ONLY_FAILED}} aria-current="page"{{/ONLY_FAILED}}>不合格</a></li>
<li><a href="/sampling/company?name={{COMPANY_ENC}}&amp;result=pass"{{#ONLY_PASSED}} aria-current="page"{{/ONLY_PASSED}}>合格</a></li></ul></nav>
{{>RESULTS}}
